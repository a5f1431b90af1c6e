import { PageLink } from './PageLink';
import { site } from '@/lib/site/config';
import { NavLinks } from './NavLinks';
import { SearchBox } from './SearchBox';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 dark:border-stone-800">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-5 py-3">
        <PageLink href="/" className="inline-flex min-h-11 items-center text-lg font-bold tracking-tight text-stone-900 dark:text-stone-50">
          {site.name}
        </PageLink>
        <nav aria-label="Main">
          <NavLinks />
        </nav>
        <div className="flex w-full items-center gap-2 sm:w-auto">
          <SearchBox className="flex-1 sm:w-40 sm:flex-none" />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
