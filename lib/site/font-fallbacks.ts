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

interface Fallback {
  metrics: Metrics;
  /** The installed fonts this face may use, in order: `local()` takes a font's full or PostScript name */
  local: readonly string[];
}

// Vertical metrics in font units, the same at every weight, from capsize's published metrics
// (tests/unit/site/font-fallbacks.test.ts checks them against the copy Next.js ships).
const INTER_LINES = { ascent: 1984, descent: -494, lineGap: 0, unitsPerEm: 2048 };
const ARIAL_LINES = { ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048 };
const ROBOTO_LINES = { ascent: 1900, descent: -500, lineGap: 0, unitsPerEm: 2048 };

/** A font at one weight: its lines, its latin average width (font units) and, for a fallback, its local names. */
const font = (familyName: string, lines: typeof INTER_LINES, xWidthAvg: number, local: readonly string[] = []): Fallback => ({
  metrics: { familyName, xWidthAvg, ...lines },
  local,
});

/**
 * One set of faces per weight the site sets text in: regular for body text (and 500, which falls back
 * to it), bold for headings (600 and 700). A bold heading set in a synthesised bold of the regular
 * face came out narrower than Inter's and wrapped onto fewer lines. In each set: Arial (Windows,
 * Apple) or one of its metric twins (Linux, ChromeOS), then Roboto (Android).
 */
export const WEIGHTS: readonly { weight: 400 | 700; inter: Fallback; fallbacks: readonly Fallback[] }[] = [
  {
    weight: 400,
    inter: font('Inter', INTER_LINES, 978),
    fallbacks: [
      font('Arial', ARIAL_LINES, 913, ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans', 'Arimo', 'Arimo-Regular']),
      font('Roboto', ROBOTO_LINES, 911, ['Roboto', 'Roboto-Regular']),
    ],
  },
  {
    weight: 700,
    inter: font('Inter', INTER_LINES, 1008),
    fallbacks: [
      font('Arial', ARIAL_LINES, 983, ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold', 'Arimo Bold', 'Arimo-Bold']),
      font('Roboto', ROBOTO_LINES, 926, ['Roboto Bold', 'Roboto-Bold']),
    ],
  },
];

const stacks = WEIGHTS.map(({ weight, inter, fallbacks }) => {
  const stack = createFontStack([inter.metrics, ...fallbacks.map((fallback) => fallback.metrics)], { fontFaceFormat: 'styleObject' });
  const faces = stack.fontFaces.map((face, index) => ({
    ...Object.fromEntries(Object.entries(face['@font-face']).filter((entry): entry is [string, string] => typeof entry[1] === 'string')),
    src: (fallbacks[index]?.local ?? []).map((name) => `local('${name}')`).join(', '),
    fontWeight: String(weight),
  }));
  return { families: stack.fontFaces.map((face) => face['@font-face'].fontFamily), faces };
});

/** The `@font-face` rules' descriptors, one per fallback and weight (as Tailwind's `addBase` takes them). */
export const fallbackFontFaces: Record<string, string>[] = stacks.flatMap((stack) => stack.faces);

/** The fallbacks' family names (each has a face per weight), to follow Inter in `font-family`. */
export const fallbackFamilies: string[] = [...new Set(stacks.flatMap((stack) => stack.families))];
