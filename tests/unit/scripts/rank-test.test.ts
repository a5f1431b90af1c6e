import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mannWhitneyP } from '../../../scripts/bench/rank-test';

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
});
