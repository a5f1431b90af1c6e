/** Year and month groups of a list of posts: the archive's pages and its tag filter's results. */
export interface MonthGroup<T> {
  month: number;
  count: number;
  posts: T[];
}

export interface YearGroup<T> {
  year: number;
  count: number;
  months: MonthGroup<T>[];
}

/** Groups posts (already newest first) by year, then month: the day each shows, as its author wrote it (first in its ISO text). */
export function groupByMonth<T extends { date: string }>(posts: readonly T[]): YearGroup<T>[] {
  const archive: YearGroup<T>[] = [];
  for (const post of posts) {
    const year = Number(post.date.slice(0, 4));
    const month = Number(post.date.slice(5, 7));
    let yearGroup = archive.at(-1);
    if (yearGroup?.year !== year) {
      yearGroup = { year, count: 0, months: [] };
      archive.push(yearGroup);
    }
    yearGroup.count += 1;
    let monthGroup = yearGroup.months.at(-1);
    if (monthGroup?.month !== month) {
      monthGroup = { month, count: 0, posts: [] };
      yearGroup.months.push(monthGroup);
    }
    monthGroup.count += 1;
    monthGroup.posts.push(post);
  }
  return archive;
}
