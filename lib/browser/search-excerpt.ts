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
