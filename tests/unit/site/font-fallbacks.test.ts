import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { WEIGHTS, fallbackFamilies, fallbackFontFaces } from '../../../lib/site/font-fallbacks';
import config from '../../../tailwind.config';

// Next.js ships the capsize metrics it scales its own fallbacks with; ours must be the same numbers.
type Published = { ascent: number; descent: number; lineGap: number; unitsPerEm: number; xWidthAvg: number };
const published = createRequire(__filename)('next/dist/server/capsize-font-metrics.json') as Record<
  string,
  Published & { variants: Record<string, Published> }
>;
const KEYS = ['ascent', 'descent', 'lineGap', 'unitsPerEm', 'xWidthAvg'] as const;
const pick = (metrics: Record<string, unknown>) => Object.fromEntries(KEYS.map((key) => [key, metrics[key]]));

describe('web font fallbacks', () => {
  it('use the published metrics of Inter and of each installed font they scale, weight by weight', () => {
    const of = (family: string, weight: number) => {
      const entry = published[family.charAt(0).toLowerCase() + family.slice(1)];
      return pick((weight === 400 ? entry : entry?.variants[String(weight)]) ?? {});
    };
    assert.deepEqual(WEIGHTS.map((set) => set.weight), [400, 700]);
    for (const { weight, inter, fallbacks } of WEIGHTS) {
      assert.deepEqual(pick(inter.metrics), of('Inter', weight), `Inter ${weight}`);
      for (const { metrics } of fallbacks) assert.deepEqual(pick(metrics), of(metrics.familyName, weight), `${metrics.familyName} ${weight}`);
    }
  });

  it('scale Arial to Inter’s width and line box, in regular and bold, and reach Arial’s metric twins on Linux', () => {
    const face = (family: string, weight: string) => fallbackFontFaces.find((rule) => rule.fontFamily === family && rule.fontWeight === weight);
    const regular = face('"Inter Fallback: Arial"', '400');
    const bold = face('"Inter Fallback: Arial"', '700');
    assert.ok(regular && bold);
    // Inter is wider than Arial (978 against 913 units of 2048 on average; bold 1008 against 983) and has no line gap.
    assert.equal(regular.sizeAdjust, '107.1194%');
    assert.equal(bold.sizeAdjust, '102.5432%');
    assert.equal(regular.lineGapOverride, '0%');
    // The same line box at either weight: an override applies before the size adjustment.
    const ascent = (rule: Record<string, string>) => (parseFloat(rule.ascentOverride ?? '') * parseFloat(rule.sizeAdjust ?? '')) / 100;
    assert.ok(Math.abs(ascent(regular) - ascent(bold)) < 0.01);
    assert.equal(regular.src, "local('Arial'), local('ArialMT'), local('Liberation Sans'), local('LiberationSans'), local('Arimo'), local('Arimo-Regular')");
    assert.equal(bold.src, "local('Arial Bold'), local('Arial-BoldMT'), local('Liberation Sans Bold'), local('LiberationSans-Bold'), local('Arimo Bold'), local('Arimo-Bold')");
    assert.equal(face('"Inter Fallback: Roboto"', '400')?.src, "local('Roboto'), local('Roboto-Regular')");
  });

  it('follow Inter in the site’s sans stack, before any unscaled system font', () => {
    const sans = (config.theme?.extend as { fontFamily: { sans: string[] } }).fontFamily.sans;
    assert.deepEqual(sans.slice(0, 3), ['var(--font-inter)', ...fallbackFamilies]);
    assert.deepEqual(fallbackFamilies, ['"Inter Fallback: Arial"', '"Inter Fallback: Roboto"']);
  });
});
