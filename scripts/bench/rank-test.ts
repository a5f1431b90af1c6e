/**
 * Whether two sets of scores differ by more than their spread: the Mann–Whitney rank test, two-sided,
 * with the normal approximation (tie and continuity corrected). Lighthouse scores of one page move by
 * several points from run to run, so a difference of medians means little without it.
 */

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
