/** Newest first; ties by title, then slug, so the order never depends on file order. */
export function compareNewestFirst(
  a: { date: string; title: string; slug: string },
  b: { date: string; title: string; slug: string },
): number {
  return b.date.localeCompare(a.date) || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug);
}
