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
/** Dates are calendar days written by authors: format them in UTC so no timezone shifts them. */
const longFormat = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });

export function formatDate(iso: string): string {
  return longFormat.format(new Date(iso));
}

export function formatMonth(month: number): string {
  return monthFormat.format(new Date(Date.UTC(2000, month - 1, 1)));
}
