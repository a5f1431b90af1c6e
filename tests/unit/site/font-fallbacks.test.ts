import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { FALLBACKS, INTER, fallbackFamilies, fallbackFontFaces } from '../../../lib/site/font-fallbacks';
import config from '../../../tailwind.config';

// Next.js ships the capsize metrics it scales its own fallbacks with; ours must be the same numbers.
const published = createRequire(__filename)('next/dist/server/capsize-font-metrics.json') as Record<
  string,
  { ascent: number; descent: number; lineGap: number; unitsPerEm: number; xWidthAvg: number }
>;
const KEYS = ['ascent', 'descent', 'lineGap', 'unitsPerEm', 'xWidthAvg'] as const;
const pick = (metrics: Record<string, unknown>) => Object.fromEntries(KEYS.map((key) => [key, metrics[key]]));

describe('web font fallbacks', () => {
  it('use the published metrics of Inter and of each installed font they scale', () => {
    assert.deepEqual(pick(INTER), pick(published.inter ?? {}));
    for (const { metrics } of FALLBACKS) {
      const key = metrics.familyName.charAt(0).toLowerCase() + metrics.familyName.slice(1);
      assert.deepEqual(pick(metrics), pick(published[key] ?? {}), metrics.familyName);
    }
  });

  it('scale Arial to Inter’s width and line box, and reach Arial’s metric twins on Linux', () => {
    const arial = fallbackFontFaces[0];
    assert.ok(arial);
    // Inter is wider than Arial (978 against 913 units of 2048 on average) and has no line gap.
    assert.equal(arial.sizeAdjust, '107.1194%');
    assert.equal(arial.lineGapOverride, '0%');
    assert.equal(arial.src, "local('Arial'), local('ArialMT'), local('Liberation Sans'), local('LiberationSans'), local('Arimo'), local('Arimo-Regular')");
    assert.equal(fallbackFontFaces[1]?.src, "local('Roboto'), local('Roboto-Regular')");
  });

  it('follow Inter in the site’s sans stack, before any unscaled system font', () => {
    const sans = (config.theme?.extend as { fontFamily: { sans: string[] } }).fontFamily.sans;
    assert.deepEqual(sans.slice(0, 3), ['var(--font-inter)', ...fallbackFamilies]);
    assert.deepEqual(fallbackFamilies, ['"Inter Fallback: Arial"', '"Inter Fallback: Roboto"']);
  });
});
