import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupByMonth } from '../../../lib/browser/archive-groups';
import { compareNewestFirst, formatDate, lastChange, readDate } from '../../../lib/content/dates';
import { applyRule } from '../../../lib/content/redirects';

const post = (slug: string, written: string) => ({ slug, title: slug, date: readDate(written) ?? '' });

describe('a date keeps the day its author wrote', () => {
  it('the offset written stays in the date; none, UTC and +00:00 are Z', () => {
    assert.equal(readDate('2024-05-06T08:00:00+09:00'), '2024-05-06T08:00:00.000+09:00');
    assert.equal(readDate('2024-05-06 23:30:00 -0500'), '2024-05-06T23:30:00.000-05:00');
    assert.equal(readDate('Mon, 06 May 2024 23:30:00 -0500'), '2024-05-06T23:30:00.000-05:00');
    assert.equal(readDate('2024-05-06 23:30:00 +0000'), '2024-05-06T23:30:00.000Z');
    assert.equal(readDate('2024-05-06T23:30'), '2024-05-06T23:30:00.000Z');
    assert.equal(readDate('2024-05-06 10:00 +25:00'), undefined, 'no zone JavaScript accepts');
    // The same instant as written: feeds read it so.
    assert.equal(new Date(readDate('2024-05-06T08:00:00+09:00') ?? '').toISOString(), '2024-05-05T23:00:00.000Z');
  });

  it('is shown, grouped and put in old addresses as that day, on any machine', () => {
    const zone = process.env.TZ;
    try {
      for (const machine of ['Asia/Tokyo', 'America/Los_Angeles', 'UTC']) {
        process.env.TZ = machine;
        // Before nine in the morning in Tokyo is the day before in UTC; a Hugo post is dated so by `hugo new`.
        const morning = readDate('2024-06-01T08:00:00+09:00') ?? '';
        assert.equal(formatDate(morning), 'June 1, 2024', machine);
        assert.equal(formatDate(readDate('2024-05-31 23:30:00 -0500') ?? ''), 'May 31, 2024', machine);
        assert.deepEqual(
          groupByMonth([{ date: morning }]).map((year) => [year.year, year.months.map((month) => month.month)]),
          [[2024, [6]]],
          machine,
        );
        assert.equal(applyRule('/:year/:month/:day/:title:output_ext', { slug: 'welcome', date: morning }), '/2024/06/01/welcome.html', machine);
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('lists go by the day shown, then the instant, so the months of a list never split', () => {
    // Tokyo's 1 June, 08:00 is 31 May, 23:00 UTC: before UTC's 31 May, 23:30, but on a later day.
    const tokyo = post('tokyo', '2024-06-01T08:00:00+09:00');
    const london = post('london', '2024-05-31T23:30:00Z');
    const earlier = post('earlier', '2024-05-31T10:00:00Z');
    const later = post('later', '2024-05-31T22:00:00-04:00');
    const order = [earlier, london, tokyo, later].sort(compareNewestFirst).map((entry) => entry.slug);
    assert.deepEqual(order, ['tokyo', 'later', 'london', 'earlier']);
    assert.deepEqual(
      groupByMonth([earlier, london, tokyo, later].sort(compareNewestFirst)).flatMap((year) => year.months.map((month) => [month.month, month.count])),
      [
        [6, 1],
        [5, 3],
      ],
    );
  });

  it('the last change is the latest instant, as written', () => {
    assert.equal(lastChange([{ date: '2024-06-01T08:00:00.000+09:00' }, { date: '2024-05-31T23:30:00.000Z' }]), '2024-05-31T23:30:00.000Z');
    assert.equal(lastChange([{ date: '2024-05-31T23:30:00.000Z', updated: '2024-06-01T10:00:00.000+09:00' }]), '2024-06-01T10:00:00.000+09:00');
  });
});
