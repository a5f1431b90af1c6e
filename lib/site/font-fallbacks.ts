import { createFontStack } from '@capsizecss/core';

/**
 * Faces that stand in for Inter until it has loaded, each an installed font scaled to Inter's
 * average width and line box, so the swap to Inter moves no text (layout shift).
 *
 * next/font makes one such face, from Arial only. Android has no Arial and most Linux systems
 * only Arial's metric twins, so there the text fell through to a wider system font and jumped
 * when Inter arrived. Read by tailwind.config.ts, which adds the faces and the family list.
 */

type Metrics = Parameters<typeof createFontStack>[0][number];

// Vertical metrics and latin average width (font units), from capsize's published metrics
// (tests/unit/site/font-fallbacks.test.ts checks them against the copy Next.js ships).
export const INTER: Metrics = { familyName: 'Inter', ascent: 1984, descent: -494, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 978 };

/**
 * The installed fonts each fallback face may use, in order: Arial (Windows, Apple) or one of its
 * metric twins (Linux, ChromeOS), then Roboto (Android). `local()` takes a font's full or PostScript name.
 */
export const FALLBACKS: readonly { metrics: Metrics; local: readonly string[] }[] = [
  {
    metrics: { familyName: 'Arial', ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048, xWidthAvg: 913 },
    local: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans', 'Arimo', 'Arimo-Regular'],
  },
  {
    metrics: { familyName: 'Roboto', ascent: 1900, descent: -500, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 911 },
    local: ['Roboto', 'Roboto-Regular'],
  },
];

const stack = createFontStack([INTER, ...FALLBACKS.map((fallback) => fallback.metrics)], { fontFaceFormat: 'styleObject' });

/** The `@font-face` rules' descriptors, one per fallback (as Tailwind's `addBase` takes them). */
export const fallbackFontFaces: Record<string, string>[] = stack.fontFaces.map((face, index) => ({
  ...Object.fromEntries(Object.entries(face['@font-face']).filter((entry): entry is [string, string] => typeof entry[1] === 'string')),
  src: (FALLBACKS[index]?.local ?? []).map((name) => `local('${name}')`).join(', '),
}));

/** The fallbacks' family names, to follow Inter in `font-family`. */
export const fallbackFamilies: string[] = stack.fontFaces.map((face) => face['@font-face'].fontFamily);
