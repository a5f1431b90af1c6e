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
