import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitBlocking } from '../../../scripts/bench/lantern-blocking';

describe('blocking time by source, as Lantern counts it (scripts/bench/lantern-blocking.ts)', () => {
  const windows = [
    { start: 800, end: 2490 },
    { start: 780, end: 2790 },
  ];

  it('counts a task over 50 ms in both windows, beyond its first 50 ms, and takes the mean', () => {
    const split = splitBlocking([{ start: 2000, end: 2300, framework: true }, { start: 1000, end: 1120, framework: false }], windows);
    assert.deepEqual(split, { frameworkMs: 250, otherMs: 70, frameworkWindows: 2 });
  });

  it('counts a framework task that ends after the optimistic interactive time in one window only', () => {
    // The bare stack's case: its prefetches push the framework's task to the end of the first window.
    const split = splitBlocking([{ start: 2480, end: 2790, framework: true }], windows);
    assert.deepEqual(split, { frameworkMs: 130, otherMs: 0, frameworkWindows: 1 });
  });

  it('clips a task at the first paint, and leaves out tasks of 50 ms or less and those outside both windows', () => {
    const split = splitBlocking(
      [
        { start: 700, end: 900, framework: false }, // 100 and 120 ms inside: 50 and 70 blocking
        { start: 1500, end: 1550, framework: false }, // 50 ms: not a long task
        { start: 3000, end: 3400, framework: true }, // after both windows
        { start: 2460, end: 2530, framework: false }, // 30 ms inside the first window: nothing there; 20 in the second
      ],
      windows,
    );
    assert.deepEqual(split, { frameworkMs: 0, otherMs: 70, frameworkWindows: 0 });
  });

  it('needs the windows', () => {
    assert.throws(() => splitBlocking([], []), /windows/);
  });
});
