/**
 * Frontmatter URLs (`canonical`) end up in `<link>` and `<a>` tags: only http(s) addresses and
 * site paths pass. `//host` and `/\host` look like paths but browsers read them as other origins.
 */
/** An http(s) URL of another site (a link post's `link`): a safe frontmatter URL that is no site path. */
export function isExternalUrl(value: string): boolean {
  return /^https?:\/\//i.test(value) && isSafeFrontmatterUrl(value);
}

export function isSafeFrontmatterUrl(value: string): boolean {
  if (value !== value.trim() || /[\u0000-\u001f\u007f\s\\]/.test(value)) return false;
  if (value.startsWith('/')) return !value.startsWith('//');
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
