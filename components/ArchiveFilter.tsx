'use client';

import { PageLink } from './PageLink';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { TagWithCount } from '@/lib/content/types';
import { groupByMonth } from '@/lib/browser/archive-groups';
import { tagPath, withBasePath } from '@/lib/routes';
import { formatTagParam, mergeTagLists, parseTagParam, unknownTags, type FilterEntry } from '@/lib/browser/tag-filter';
import { ArchiveGroups, postCount } from './ArchiveGroups';
import { PageHeading } from './PageHeading';

type Status = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Narrows the archive to posts carrying any of the chosen tags. The choice lives in the URL
 * (`?tags=plasma,sidechains`); without JavaScript the chips stay links to the tag pages.
 * Results come from small per-tag JSON files, so they span every archive page.
 */
const URL_CHANGE = 'archive-filter:urlchange';

function subscribeToUrl(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(URL_CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(URL_CHANGE, onChange);
  };
}

const noSubscription = () => () => {};

export function ArchiveFilter({
  tags,
  title,
  intro,
  children,
}: {
  tags: TagWithCount[];
  title: string;
  /** The page's own line under the title; while filtering, the filter's count replaces it. */
  intro: ReactNode;
  children: ReactNode;
}) {
  const known = useMemo(() => new Set(tags.map((tag) => tag.slug)), [tags]);
  const labels = useMemo(() => new Map(tags.map((tag) => [tag.slug, tag.label])), [tags]);
  // False in the prerendered HTML (chips are links), true once JavaScript runs.
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);
  const tagParam = useSyncExternalStore(
    subscribeToUrl,
    () => new URLSearchParams(window.location.search).get('tags') ?? '',
    () => '',
  );
  const selected = useMemo(() => parseTagParam(tagParam, known), [tagParam, known]);
  const unknown = useMemo(() => unknownTags(tagParam, known), [tagParam, known]);
  const key = formatTagParam(selected);
  const [loaded, setLoaded] = useState<{ key: string; results: FilterEntry[] | 'error' }>({ key: '', results: [] });

  useEffect(() => {
    if (selected.length === 0) return;
    let cancelled = false;
    Promise.all(
      selected.map(async (slug) => {
        const response = await fetch(withBasePath(`${tagPath(slug)}/posts.json`));
        if (!response.ok) throw new Error(`${response.status}`);
        return (await response.json()) as FilterEntry[];
      }),
    )
      .then((lists) => !cancelled && setLoaded({ key, results: mergeTagLists(lists) }))
      .catch(() => !cancelled && setLoaded({ key, results: 'error' }));
    return () => {
      cancelled = true;
    };
  }, [selected, key]);

  const status: Status = selected.length === 0 ? 'idle' : loaded.key !== key ? 'loading' : loaded.results === 'error' ? 'error' : 'ready';
  const results = status === 'ready' && loaded.results !== 'error' ? loaded.results : [];

  const update = useCallback((next: string[]) => {
    const url = new URL(window.location.href);
    if (next.length === 0) url.searchParams.delete('tags');
    else url.searchParams.set('tags', formatTagParam(next));
    window.history.pushState(null, '', `${url.pathname}${url.search}${url.hash}`);
    window.dispatchEvent(new Event(URL_CHANGE));
  }, []);

  const toggle = (slug: string) =>
    update(selected.includes(slug) ? selected.filter((tag) => tag !== slug) : [...selected, slug]);

  const chosen = selected.map((slug) => labels.get(slug) ?? slug).join(' or ');
  return (
    <>
      <PageHeading title={title}>
        {status === 'idle' ? intro : status === 'ready' ? `${postCount(results.length)} tagged ${chosen}, newest first.` : intro}
      </PageHeading>
      <section aria-labelledby="filter-heading" className="mb-8 flex flex-col gap-3">
        <h2 id="filter-heading" className="text-sm font-semibold uppercase tracking-wide text-muted">
          Filter by tag
        </h2>
        <ul className="tag-list">
          {tags.map((tag) => (
            <li key={tag.slug}>
              {enhanced ? (
                <button
                  type="button"
                  aria-pressed={selected.includes(tag.slug)}
                  onClick={() => toggle(tag.slug)}
                  className={selected.includes(tag.slug) ? 'filter-chip filter-chip-on' : 'filter-chip filter-chip-off'}
                >
                  {tag.label} <span className="opacity-80">({tag.count})</span>
                </button>
              ) : (
                <PageLink href={tagPath(tag.slug)} className="filter-chip filter-chip-off">
                  {tag.label} <span className="opacity-80">({tag.count})</span>
                </PageLink>
              )}
            </li>
          ))}
        </ul>
        {(status !== 'idle' || unknown.length > 0) && (
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-soft" role="status">
            {unknown.length > 0 && (
              <p className="w-full">
                {unknown.length === 1 ? 'There is no tag' : 'There are no tags'} {unknown.map((tag) => `“${tag}”`).join(', ')}
                {selected.length > 0 ? '; the filter shows the others.' : '; pick one of the tags above.'}
              </p>
            )}
            {status === 'loading' && <p>Loading…</p>}
            {status === 'error' && <p>The filter could not load its posts. Try again, or use the tag pages.</p>}
            {status === 'ready' && <p>{`${postCount(results.length)} tagged ${chosen}`}</p>}
            <button type="button" onClick={() => update([])} className="inline-flex min-h-11 items-center font-medium text-accent underline">
              Clear filter
            </button>
          </div>
        )}
      </section>
      {status === 'idle' ? (
        children
      ) : (
        <section aria-label="Filtered posts">
          <ArchiveGroups years={groupByMonth(results)} />
        </section>
      )}
    </>
  );
}
