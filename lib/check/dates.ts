// Jekyll writes `2024-09-01 10:30:00 +0200`: a space may come before the zone.
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?: ?Z| ?[+-](\d{2}):?(\d{2}))?)?$/;

/** A real calendar date (no `2024-02-30` rolling over to March), with an optional time and zone. */
export function isValidDate(value: string): boolean {
  const match = DATE.exec(value.trim());
  if (!match) return false;
  const [year, month, day, hour = '0', minute = '0', second = '0', zoneHour = '0', zoneMinute = '0'] = match.slice(1).map((part) => part ?? undefined) as string[];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return (
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day) &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second) < 60 &&
    // A zone JavaScript (and so contentlayer) accepts: `+99:99` is not one.
    Number(zoneHour) < 24 &&
    Number(zoneMinute) < 60 &&
    !Number.isNaN(new Date(value.trim()).getTime())
  );
}
