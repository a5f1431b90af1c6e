import { Icon } from './Icons';
import { PageLink } from './PageLink';
import { withBasePath } from '@/lib/routes';
import type { Page } from '@/lib/content/pagination';

/** Previous/next page links, visible and as `<link rel>` (React hoists those into <head>). */
export function Pager({ page, label }: { page: Page<unknown>; label: string }) {
  if (page.totalPages <= 1) return null;
  const linkClass = 'font-medium text-accent underline';
  return (
    <nav aria-label={label} className="mt-10 flex items-center justify-between gap-4 text-sm">
      {page.prevHref && <link rel="prev" href={withBasePath(page.prevHref)} />}
      {page.nextHref && <link rel="next" href={withBasePath(page.nextHref)} />}
      <span className="min-w-24">
        {page.prevHref && (
          <PageLink href={page.prevHref} rel="prev" className={linkClass}>
            <Icon name="arrow-left" /> Newer posts
          </PageLink>
        )}
      </span>
      <span className="text-muted">
        Page {page.page} of {page.totalPages}
      </span>
      <span className="min-w-24 text-right">
        {page.nextHref && (
          <PageLink href={page.nextHref} rel="next" className={linkClass}>
            Older posts <Icon name="arrow-right" />
          </PageLink>
        )}
      </span>
    </nav>
  );
}
