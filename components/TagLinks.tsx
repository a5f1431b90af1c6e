import { PageLink } from './PageLink';
import { tagPath } from '@/lib/routes';
import type { Tag } from '@/lib/content/tags';

export function TagLinks({ tags, label = 'Tags' }: { tags: readonly Tag[]; label?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label={label} className="tag-list">
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
    <PageLink href={tagPath(tag.slug)} className="tag-chip">
      {tag.label}
      {count !== undefined && (
        <>
          {' '}
          <span className="text-muted">({count})</span>
        </>
      )}
    </PageLink>
  );
}
