import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * Every link between the site's pages: next/link's client-side navigation, without prefetching. Next
 * prefetches each link as it scrolls into view; on a list page that was a dozen RSC requests parsed on
 * the main thread while the page was still starting, which Lighthouse counted as blocking time, for
 * pages a reader mostly never opens. A click fetches the one page it needs.
 */
export function PageLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link {...props} prefetch={false} />;
}
