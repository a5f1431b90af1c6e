import Link from 'next/link';
import { site } from '@/lib/site/config';
import { SearchBox } from './SearchBox';
import { ThemeToggle } from './ThemeToggle';

const NAV = [
  { href: '/', label: 'Posts' },
  { href: '/tags', label: 'Tags' },
  { href: '/archive', label: 'Archive' },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 dark:border-stone-800">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-4 px-5 py-5">
        <Link href="/" className="text-lg font-bold tracking-tight text-stone-900 dark:text-stone-50">
          {site.name}
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-5 text-sm font-medium">
            {NAV.map((item) => (
              <li key={item.href}>
                {/* No prefetch: a header link would otherwise load that page's data on every page. */}
                <Link
                  href={item.href}
                  prefetch={false}
                  className="text-stone-700 hover:text-teal-800 dark:text-stone-300 dark:hover:text-teal-200"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-3">
          <SearchBox className="w-40" />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
