/** Editorial placeholders left in drafts: `[Insert a relevant image: …]`, `[Your Name]`. */

const IMAGE_PLACEHOLDER = /^\s*\[\s*insert\s+(?:an?\s+)?(?:relevant\s+)?(?:image|illustration|picture|photo|diagram|graphic)\s*:\s*([^\]]+?)\s*\]\s*$/i;

/** The description of an image placeholder paragraph, or undefined when the text is not one. */
export function matchImagePlaceholder(text: string): string | undefined {
  return IMAGE_PLACEHOLDER.exec(text)?.[1];
}

// Bracketed template text that is not a Markdown link: `[Your Name]`, `[Company]`, `[TODO: …]`.
const TEMPLATE_TEXT = /\[(?:your|insert|add|todo|tbd|tk|placeholder|author|name|company|client|date|link|url)\b[^\]\n]{0,80}\](?![(:[])/gi;

export function findTemplateText(text: string): { index: number; text: string }[] {
  return [...text.matchAll(TEMPLATE_TEXT)].map((match) => ({ index: match.index, text: match[0] }));
}

// `[Your Name]`, `[Author]`, `[Author Name]`: the one template text the site can fill in itself.
const AUTHOR_PLACEHOLDER = /\[\s*(?:your\s+(?:full\s+)?name|author(?:['’]s)?(?:\s+name)?)\s*\](?![(:[])/gi;

export function isAuthorPlaceholder(text: string): boolean {
  return new RegExp(`^${AUTHOR_PLACEHOLDER.source}$`, 'i').test(text);
}

/** Text with every author placeholder replaced by `author` (the post's, else the site's). */
export function fillAuthorPlaceholders(text: string, author: string): string {
  return text.replace(AUTHOR_PLACEHOLDER, author);
}
