/** A piece of a search excerpt: plain text, marked (a match) or not. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Pagefind's excerpt is escaped text with `<mark>` around matches. It is split into parts and
 * rendered as text, so nothing in it can ever become markup.
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') {
      const text = piece.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
      if (text !== '') parts.push({ text, marked });
    }
  }
  return parts;
}

/** An index URL (`/posts/foo.html`, `/posts/foo/`) as the site's address for the page. */
export function pageUrl(indexUrl: string): string {
  return indexUrl.replace(/\.html$/, '');
}

const ELLIPSIS = '…';

/**
 * Marks where an excerpt was cut out of the page's text: an ellipsis before it unless it opens the
 * text, and after it unless it closes the text or ends a sentence.
 */
export function withEllipses(parts: readonly ExcerptPart[], content: string): ExcerptPart[] {
  const text = parts.map((part) => part.text).join('');
  const flat = (value: string) => value.replace(/\s+/g, ' ').trim();
  const whole = flat(content);
  const quoted = flat(text);
  if (quoted === '') return [...parts];
  const result = [...parts];
  if (!whole.startsWith(quoted)) result.unshift({ text: `${ELLIPSIS} `, marked: false });
  if (!whole.endsWith(quoted) && !/[.!?…]["”’)]?$/u.test(quoted)) result.push({ text: ` ${ELLIPSIS}`, marked: false });
  return result;
}

/** A post's tags as the search index carries them (`data-pagefind-meta`), or none when unreadable. */
export function parseIndexedTags(value: string | undefined): { slug: string; label: string }[] {
  if (!value) return [];
  try {
    const tags: unknown = JSON.parse(value);
    if (!Array.isArray(tags)) return [];
    return tags.filter(
      (tag): tag is { slug: string; label: string } =>
        typeof tag === 'object' && tag !== null && typeof tag.slug === 'string' && typeof tag.label === 'string',
    );
  } catch {
    return [];
  }
}
