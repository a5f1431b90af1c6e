'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { basePath } from '@/lib/routes';
import { pageUrl, parseExcerpt, parseIndexedTags, withEllipses, type ExcerptPart } from '@/lib/browser/search-excerpt';
import type { Tag } from '@/lib/content/tags';
import { DateTime } from './DateTime';
import { SearchBox } from './SearchBox';
import { TagLinks } from './TagLinks';

interface Result {
  url: string;
  title: string;
  date: string | undefined;
  tags: Tag[];
  excerpt: ExcerptPart[];
}

/** Fields the post page gives the index (app/posts/[slug]/page.tsx). */
interface IndexedPage {
  url: string;
  content: string;
  excerpt: string;
  meta: { title?: string; date?: string; tags?: string };
}

interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<IndexedPage> }[] }>;
}

const MAX_RESULTS = 20;
let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind's script (and through it, only the index chunks a query needs) on first search. */
function loadPagefind(): Promise<Pagefind> {
  loading ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ `${basePath}/pagefind/pagefind.js`).then(
    async (module: Pagefind) => {
      await module.options({ baseUrl: `${basePath}/` });
      return module;
    },
  );
  return loading;
}

const noSubscription = () => () => {};

type State = { query: string; status: 'loading' } | { query: string; status: 'done'; results: Result[] } | { query: string; status: 'error' };

/** Results for `?q=` on /search: the address is the state, so a result page can be shared. */
export function SearchResults() {
  const query = useSyncExternalStore(
    noSubscription,
    () => new URLSearchParams(window.location.search).get('q')?.trim() ?? '',
    () => null,
  );
  const [state, setState] = useState<State | undefined>();
  const input = useRef<HTMLInputElement>(null);

  // A reader who came to search (no query yet, as from the header's link) can type at once. An
  // effect, not a remount with autoFocus: the prerendered box keeps what was typed before hydration.
  useEffect(() => {
    if (query === '') input.current?.focus();
  }, [query]);

  useEffect(() => {
    if (!query) return;
    let cancelled = false;
    loadPagefind()
      .then((pagefind) => pagefind.search(query))
      .then((search) => Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data())))
      .then((found) => {
        if (cancelled) return;
        setState({
          query,
          status: 'done',
          results: found.map((data) => ({
            url: pageUrl(data.url),
            title: data.meta.title ?? data.url,
            date: data.meta.date,
            tags: parseIndexedTags(data.meta.tags),
            excerpt: withEllipses(parseExcerpt(data.excerpt), data.content),
          })),
        });
      })
      .catch(() => !cancelled && setState({ query, status: 'error' }));
    return () => {
      cancelled = true;
    };
  }, [query]);

  // Keyed by the query so the box shows the words searched for once the address is known.
  const box = <SearchBox key={query ?? ''} inputRef={input} defaultValue={query ?? ''} className="mb-8 max-w-md" />;
  if (query === null) return box;
  if (query === '') {
    return (
      <>
        {box}
        <p className="text-soft">Type a word or two to search every post.</p>
      </>
    );
  }
  const current = state?.query === query ? state : { query, status: 'loading' as const };

  return (
    <>
      {box}
      <section aria-labelledby="results-heading" className="flex flex-col">
        <h2 id="results-heading" className="sr-only">
          Results
        </h2>
        {/* Announced when it changes; a heading must not be a live region. */}
        <p role="status" className="text-soft">
          {current.status === 'loading' && `Searching for “${query}”…`}
          {current.status === 'error' && 'Search is unavailable right now. Try the tags or the archive.'}
          {current.status === 'done' &&
            (current.results.length === 0
              ? `No posts match “${query}”.`
              : `${current.results.length} ${current.results.length === 1 ? 'post matches' : 'posts match'} “${query}”`)}
        </p>
        {current.status === 'done' && current.results.length > 0 && (
          // Set like every other list of posts (components/PostCard.tsx): date, title, text, tags.
          <ol className="flex flex-col" aria-label="Search results">
            {current.results.map((result) => (
              <li key={result.url} className="post-card" data-result>
                {result.date && <DateTime iso={result.date} className="text-sm text-muted" />}
                <h3 className="post-card-title">
                  <a href={result.url} className="post-card-link">
                    {result.title}
                  </a>
                </h3>
                <p className="post-card-summary">
                  {result.excerpt.map((part, index) =>
                    part.marked ? (
                      <mark key={index} className="rounded bg-mark px-0.5 text-stone-900">
                        {part.text}
                      </mark>
                    ) : (
                      <span key={index}>{part.text}</span>
                    ),
                  )}
                </p>
                <TagLinks tags={result.tags} label={`Tags of ${result.title}`} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
