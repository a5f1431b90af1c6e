/** Newest first; ties by title, then slug, so the order never depends on file order. */
export function compareNewestFirst(
  a: { date: string; title: string; slug: string },
  b: { date: string; title: string; slug: string },
): number {
  // Dates are ISO 8601 strings of one format, so code-point order is time order; localeCompare
  // gave the same answer at many times the cost, and this runs for every pair a sort compares.
  const byDate = a.date < b.date ? 1 : a.date > b.date ? -1 : 0;
  return byDate || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug);
}

export type Dated = { date: string; updated?: string | undefined };

/** When a list last changed: its newest post's `updated` or `date`, never the build time. */
export function lastChange(posts: readonly Dated[]): string | undefined {
  let latest: string | undefined;
  for (const post of posts) {
    const stamp = post.updated ?? post.date;
    if (latest === undefined || stamp > latest) latest = stamp;
  }
  return latest;
}
