import { PageLink } from './PageLink';
import { site } from '@/lib/site/config';
import { NavLinks } from './NavLinks';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader() {
  return (
    <header className="border-b border-rule">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-5 py-3">
        <PageLink href="/" className="inline-flex min-h-11 items-center text-lg font-bold tracking-tight text-ink">
          {site.name}
        </PageLink>
        {/* Search is a link to its page, not a box on every page: a text field anywhere in a page added
            much of Chromium's style and layout work before the first paint (BENCHMARKS.md, Lighthouse). */}
        <div className="flex items-center gap-2">
          <nav aria-label="Main">
            <NavLinks />
          </nav>
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
