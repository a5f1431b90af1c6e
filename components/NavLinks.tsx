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
              className="nav-link"
            >
              {item.label}
            </PageLink>
          </li>
        );
      })}
    </ul>
  );
}
