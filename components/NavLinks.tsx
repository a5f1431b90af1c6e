'use client';

import { PageLink } from './PageLink';
import { usePathname } from 'next/navigation';
import { NAV_SECTIONS, navCurrent } from '@/lib/browser/nav';

/** The main navigation; a client leaf only to know the current section (in the prerendered HTML too). */
export function NavLinks() {
  const pathname = usePathname() ?? '';
  return (
    <ul className="flex gap-1 text-sm font-medium">
      {NAV_SECTIONS.map((item) => {
        const current = navCurrent(item.href, pathname);
        return (
          <li key={item.href}>
            <PageLink
              href={item.href}
              aria-current={current}
              className="inline-flex min-h-11 items-center rounded-md px-2.5 text-stone-700 underline-offset-8 hover:text-teal-800 aria-[current]:text-stone-950 aria-[current]:underline aria-[current]:decoration-teal-700 aria-[current]:decoration-2 dark:text-stone-300 dark:hover:text-teal-200 dark:aria-[current]:text-white dark:aria-[current]:decoration-teal-300"
            >
              {item.label}
            </PageLink>
          </li>
        );
      })}
    </ul>
  );
}
