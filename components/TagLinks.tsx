import { PageLink } from './PageLink';
import { tagPath } from '@/lib/routes';
import type { Tag } from '@/lib/content/tags';

export function TagLinks({ tags, label = 'Tags' }: { tags: readonly Tag[]; label?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <TagChip tag={tag} />
        </li>
      ))}
    </ul>
  );
}

export function TagChip({ tag, count }: { tag: Tag; count?: number }) {
  return (
    <PageLink
      href={tagPath(tag.slug)}
      className="inline-flex items-center gap-1 rounded-full border border-stone-300 px-3 py-1 text-sm text-stone-700 transition-colors hover:border-teal-700 hover:text-teal-800 dark:border-stone-600 dark:text-stone-300 dark:hover:border-teal-300 dark:hover:text-teal-200"
    >
      {tag.label}
      {count !== undefined && <span className="text-stone-600 dark:text-stone-400">({count})</span>}
    </PageLink>
  );
}
