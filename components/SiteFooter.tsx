import { PageLink } from './PageLink';
import { SITE_FEEDS, withBasePath } from '@/lib/routes';
import { site } from '@/lib/site/config';

/** Ways on from any page: the lists, and the feeds for readers who follow the site elsewhere. */
export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-rule">
      <div className="mx-auto flex max-w-3xl flex-col gap-4 px-5 py-8 text-sm text-muted sm:flex-row sm:items-center sm:justify-between">
        <nav aria-label="Site">
          <ul className="flex flex-wrap gap-x-5">
            <li>
              <PageLink href="/archive" className="footer-link">
                Archive
              </PageLink>
            </li>
            <li>
              <PageLink href="/tags" className="footer-link">
                Tags
              </PageLink>
            </li>
            {/* Feeds are files, not pages: plain links, so the router never tries to render them. */}
            <li>
              <a href={withBasePath(SITE_FEEDS.rss)} className="footer-link">
                RSS
              </a>
            </li>
            <li>
              <a href={withBasePath(SITE_FEEDS.atom)} className="footer-link">
                Atom
              </a>
            </li>
            <li>
              <a href={withBasePath(SITE_FEEDS.json)} className="footer-link">
                JSON Feed
              </a>
            </li>
          </ul>
        </nav>
        <p>
          © {site.author}
        </p>
      </div>
    </footer>
  );
}
