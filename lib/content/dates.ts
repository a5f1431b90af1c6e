/**
 * Newest first, by the day each post shows, then its time; ties by title, then slug, so the order never
 * depends on file order. A date keeps the offset its author wrote (readDate), so its text is not time order
 * across zones; ordering by the day shown first keeps every list's dates, and the archive's months, in order.
 */
export function compareNewestFirst(
  a: { date: string; title: string; slug: string },
  b: { date: string; title: string; slug: string },
): number {
  const dayA = a.date.slice(0, 10);
  const dayB = b.date.slice(0, 10);
  const byDay = dayA < dayB ? 1 : dayA > dayB ? -1 : 0;
  return byDay || instantOf(b.date) - instantOf(a.date) || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug);
}

/** A date's instant in milliseconds; text that is no date (which content:check names) is before every date. */
function instantOf(date: string): number {
  const time = Date.parse(date);
  return Number.isNaN(time) ? -Infinity : time;
}

/**
 * A post dated after `now` (milliseconds): scheduled. Hugo, Jekyll and AstroPaper hold such a post back until
 * a build on or after its date; so does a production build here (lib/content/store.ts `isVisible`).
 */
export function isScheduled(date: string | undefined, now: number): boolean {
  return date !== undefined && instantOf(date) > now;
}

export type Dated = { date: string; updated?: string | undefined };

/** When a list last changed: its newest post's `updated` or `date`, never the build time. */
export function lastChange(posts: readonly Dated[]): string | undefined {
  let latest: string | undefined;
  for (const post of posts) {
    const stamp = post.updated ?? post.date;
    if (latest === undefined || instantOf(stamp) > instantOf(latest)) latest = stamp;
  }
  return latest;
}
/** Dates are calendar days written by authors: a day is formatted in UTC so no timezone shifts it. */
const longFormat = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });

// ISO 8601 (`2024-09-01`, `2024-09-01T10:00:00+02:00`), Jekyll's `2024-09-01 10:30:00 +0200` (a space may
// come before the zone), Ruby's `2024-09-01 10:30:00 UTC` (jekyll-import's Serendipity posts) and Hexo's
// `2013/7/13 20:46:25`.
const DATE = /^(\d{4})(?:-(\d{2})-(\d{2})|\/(\d{1,2})\/(\d{1,2}))(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?: ?(Z|UTC|GMT)| ?([+-])(\d{2}):?(\d{2}))?)?$/;

/**
 * A date as an author wrote it → ISO 8601 with the offset written (`2024-05-06T08:00:00.000+09:00`; `Z` for
 * none, UTC or `+00:00`), or undefined when it is no real calendar date (no `2024-02-30` rolling over to
 * March). The day and time stay those written, so a post written on the morning of 6 May in Tokyo shows
 * 6 May, as its old engine showed it; feeds and order read the instant. A time without a zone is UTC,
 * whatever the build machine's zone: `new Date()` would read it in local time, and a post's day would
 * depend on where it was built.
 */
export function readDate(value: string): string | undefined {
  const match = DATE.exec(value.trim());
  if (!match) return namedMonthDate(value.trim());
  const [, year, isoMonth, isoDay, month = isoMonth, day = isoDay, hour = '0', minute = '0', second = '0', fraction = '', , sign, zoneHour = '0', zoneMinute = '0'] = match;
  const [y, mo, d, h, mi, s, zh, zm] = [year, month, day, hour, minute, second, zoneHour, zoneMinute].map(Number) as [number, number, number, number, number, number, number, number];
  const calendar = new Date(Date.UTC(y, mo - 1, d));
  // A zone JavaScript (and so every feed and sitemap) accepts: `+99:99` is not one.
  if (calendar.getUTCFullYear() !== y || calendar.getUTCMonth() !== mo - 1 || calendar.getUTCDate() !== d || h > 23 || mi > 59 || s > 59 || zh > 23 || zm > 59) return undefined;
  const milliseconds = Number(fraction.padEnd(3, '0').slice(0, 3));
  const written = new Date(Date.UTC(y, mo - 1, d, h, mi, s, milliseconds)).toISOString();
  return sign === undefined || zh * 60 + zm === 0 ? written : `${written.slice(0, -1)}${sign}${zoneHour.padStart(2, '0')}:${zoneMinute}`;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// A day, its month by name (in full, or its first three letters or more) and a year, either order: Astro's
// posts write `pubDate: 'Jul 01 2022'` or `25 Aug 2024`, which its schema reads as a date.
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})$/i;
const MONTH_FIRST = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
// Notion's export writes a date with its time on a 12-hour clock, no zone: `March 4, 2024 9:32 PM`.
const NOTION_DATE = /^([a-z]{3,9})\s+(\d{1,2}),\s+(\d{4})\s+(\d{1,2}):(\d{2})\s*([ap])m$/i;

// JavaScript's own date text, which Hashnode's GitHub backup writes (`Thu May 11 2023 09:41:05 GMT+0000
// (Coordinated Universal Time)`), and the RFC 2822 dates of feeds (`Thu, 11 May 2023 09:41:05 +0000`).
const JS_DATE = /^[a-z]{3}\s+([a-z]{3})\s+(\d{1,2})\s+(\d{4})\s+(\d{1,2}:\d{2}:\d{2})\s+GMT([+-]\d{2})(\d{2})(?:\s+\([^()]{0,80}\))?$/i;
const FEED_DATE = /^(?:[a-z]{3},\s*)?(\d{1,2})\s+([a-z]{3})\s+(\d{4})\s+(\d{1,2}:\d{2}(?::\d{2})?)\s*(?:([+-]\d{2})(\d{2})|GMT|UTC|Z)?$/i;

/** A date written with its month's English name, as readDate reads `YYYY-MM-DD`; undefined otherwise. */
function namedMonthDate(value: string): string | undefined {
  const timed = JS_DATE.exec(value) ?? FEED_DATE.exec(value);
  if (timed) {
    const [, first = '', second = '', year = '', time = '', zoneHours, zoneMinutes] = timed;
    const [name, day] = /^\d/.test(first) ? [second, first] : [first, second];
    const month = MONTHS.findIndex((full) => full.startsWith(name.toLowerCase()));
    if (month === -1) return undefined;
    const zone = zoneHours ? `${zoneHours}:${zoneMinutes ?? '00'}` : 'Z';
    return readDate(`${year}-${String(month + 1).padStart(2, '0')}-${day.padStart(2, '0')}T${time.padStart(time.indexOf(':') === 1 ? time.length + 1 : time.length, '0')}${zone}`);
  }
  const notion = NOTION_DATE.exec(value);
  if (notion) {
    const [, name = '', day = '', year = '', hour = '', minute = '', half = ''] = notion;
    const month = MONTHS.findIndex((full) => full.startsWith(name.toLowerCase()) && name.length >= 3);
    const hours = (Number(hour) % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
    if (month === -1 || Number(hour) < 1 || Number(hour) > 12) return undefined;
    return readDate(`${year}-${String(month + 1).padStart(2, '0')}-${day.padStart(2, '0')}T${String(hours).padStart(2, '0')}:${minute}`);
  }
  const dayFirst = DAY_FIRST.exec(value);
  const monthFirst = dayFirst ? undefined : MONTH_FIRST.exec(value);
  const [day, name, year] = dayFirst ? [dayFirst[1], dayFirst[2], dayFirst[3]] : monthFirst ? [monthFirst[2], monthFirst[1], monthFirst[3]] : [];
  const word = name?.toLowerCase() ?? '';
  const month = MONTHS.findIndex((full) => full.startsWith(word) && word.length >= 3);
  if (month === -1 || !day || !year) return undefined;
  return readDate(`${year}-${String(month + 1).padStart(2, '0')}-${day.padStart(2, '0')}`);
}

/** The day a date shows: the one its author wrote (readDate keeps it first in the text). */
export function formatDate(iso: string): string {
  return longFormat.format(new Date(iso.slice(0, 10)));
}

export function formatMonth(month: number): string {
  return monthFormat.format(new Date(Date.UTC(2000, month - 1, 1)));
}
