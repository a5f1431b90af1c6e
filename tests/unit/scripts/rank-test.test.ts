import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mannWhitneyP, shiftInterval } from '../../../scripts/bench/rank-test';

// Reference values: scipy.stats.mannwhitneyu(a, b, method='asymptotic', use_continuity=True).pvalue
describe('the rank test behind pooled Lighthouse runs (scripts/bench/rank-test.ts)', () => {
  it('gives the two-sided p-value of separated samples, whichever comes first', () => {
    assert.ok(Math.abs(mannWhitneyP([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]) - 0.0121858) < 1e-6);
    assert.equal(mannWhitneyP([6, 7, 8, 9, 10], [1, 2, 3, 4, 5]), mannWhitneyP([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]));
  });

  it('corrects for ties, which Lighthouse’s whole-number scores are full of', () => {
    assert.ok(Math.abs(mannWhitneyP([1, 2, 2, 3], [2, 3, 4, 4]) - 0.1341692) < 1e-6);
    const site = [92, 94, 88, 90, 92, 91, 91, 91, 82, 87, 90, 88, 91, 88, 94];
    const bare = [93, 95, 95, 97, 95, 97, 89, 95, 96, 89, 93, 90, 83, 75, 84];
    assert.ok(Math.abs(mannWhitneyP(site, bare) - 0.1339458) < 1e-5);
  });

  it('finds no difference where there is nothing to compare', () => {
    assert.equal(mannWhitneyP([90, 90, 90], [90, 90]), 1);
    assert.equal(mannWhitneyP([], [90]), 1);
    assert.equal(mannWhitneyP([88, 91], [88, 91]), 1);
  });

  // Reference ranges: the shifts d for which scipy's p-value of (a - d, b) stays at 0.05 or above, on a 0.01 grid.
  it('gives the shift between two samples and the range of shifts the test cannot rule out', () => {
    assert.deepEqual(shiftInterval([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]), { estimate: -5, low: -8, high: -2 });
    const site = [92, 94, 88, 90, 92, 91, 91, 91, 82, 87, 90, 88, 91, 88, 94];
    const bare = [93, 95, 95, 97, 95, 97, 89, 95, 96, 89, 93, 90, 83, 75, 84];
    assert.deepEqual(shiftInterval(site, bare), { estimate: -3, low: -5, high: 1 });
    assert.deepEqual(shiftInterval([316, 288, 402, 350, 299, 371], [280, 301, 255, 330, 270]), { estimate: 45, low: -13, high: 116 });
    const between = shiftInterval([1.5, 2.25, 3.1, 4.8, 5.2, 7.7], [0.3, 1.1, 2.9, 3.3, 4.05]);
    assert.ok(between && Math.abs(between.estimate - 1.7) < 1e-9 && Math.abs(between.low + 1.4) < 1e-9 && Math.abs(between.high - 4.8) < 1e-9);
  });

  it('leaves the range open where too few rounds rule nothing out, and gives none without samples', () => {
    assert.deepEqual(shiftInterval([1, 2], [3, 4]), { estimate: -2, low: -Infinity, high: Infinity });
    assert.equal(shiftInterval([], [90]), undefined);
  });
});
