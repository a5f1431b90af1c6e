/**
 * Whether two sets of scores differ by more than their spread: the Mann–Whitney rank test, two-sided,
 * with the normal approximation (tie and continuity corrected). Lighthouse scores of one page move by
 * several points from run to run, so a difference of medians means little without it. `shiftInterval`
 * turns the same test round: by how much the two differ, and which differences it cannot rule out.
 */
import { median } from './median';

/** Ranks from 1, ties sharing the mean of their ranks. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const result = new Array<number>(values.length).fill(0);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.value === order[start]?.value) end += 1;
    for (let k = start; k <= end; k += 1) result[order[k]?.index ?? 0] = (start + end) / 2 + 1;
    start = end + 1;
  }
  return result;
}

/** The standard normal distribution function (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Two-sided p-value that `a` and `b` come from the same distribution; 1 when either is empty or all values tie. */
export function mannWhitneyP(a: readonly number[], b: readonly number[]): number {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) return 1;
  const all = [...a, ...b];
  const rank = ranks(all);
  const u = rank.slice(0, n1).reduce((sum, r) => sum + r, 0) - (n1 * (n1 + 1)) / 2;
  const n = n1 + n2;
  const tieGroups = new Map<number, number>();
  for (const value of all) tieGroups.set(value, (tieGroups.get(value) ?? 0) + 1);
  const tieTerm = [...tieGroups.values()].reduce((sum, t) => sum + (t ** 3 - t), 0);
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  if (variance <= 0) return 1;
  const distance = Math.max(0, Math.abs(u - (n1 * n2) / 2) - 0.5);
  if (distance === 0) return 1;
  return Math.min(1, 2 * (1 - normalCdf(distance / Math.sqrt(variance))));
}

export interface Shift {
  /** The median of all differences `a[i] - b[j]` (the Hodges–Lehmann estimate). */
  estimate: number;
  /** The ends of the range of shifts of `a` that the rank test does not reject at `alpha` (±Infinity when it rejects none that far). */
  low: number;
  high: number;
}

/**
 * How far `a` lies above `b` (negative: below), with the range of shifts the rank test cannot rule out:
 * a shift d is kept when `mannWhitneyP(a - d, b) >= alpha`. The test's statistic only changes where
 * `a - d` meets a value of `b`, at the pairwise differences, so trying those, a point between each two
 * and one beyond either end tries every shift there is. Undefined when either set is empty.
 */
export function shiftInterval(a: readonly number[], b: readonly number[], alpha = 0.05): Shift | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  const all = a.flatMap((x) => b.map((y) => x - y));
  const differences = [...new Set(all)].sort((x, y) => x - y);
  const first = differences[0] ?? 0;
  const last = differences[differences.length - 1] ?? 0;
  // Each candidate with the bound it stands for: a difference for itself, a point between two for the
  // outer of the two once it is the outermost kept shift, a point beyond the ends for no bound at all.
  const candidates = [
    { shift: first - 1, low: -Infinity, high: first },
    ...differences.flatMap((difference, index) => {
      const next = differences[index + 1];
      const own = { shift: difference, low: difference, high: difference };
      return next === undefined ? [own] : [own, { shift: (difference + next) / 2, low: difference, high: next }];
    }),
    { shift: last + 1, low: last, high: Infinity },
  ];
  const kept = candidates.filter((candidate) => mannWhitneyP(a.map((x) => x - candidate.shift), b) >= alpha);
  return { estimate: median(all), low: kept[0]?.low ?? Number.NaN, high: kept[kept.length - 1]?.high ?? Number.NaN };
}
