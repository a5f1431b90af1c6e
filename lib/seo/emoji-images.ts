import { readFile } from 'node:fs/promises';
import path from 'node:path';

// Twemoji SVGs from the @twemoji/svg npm package: share images render emoji without the network.
const EMOJI_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', '@twemoji', 'svg');

/** Twemoji file names: lowercase hex code points joined by `-`, VS16 dropped unless a ZWJ sequence. */
export function twemojiFileNames(grapheme: string): string[] {
  const points = [...grapheme].map((char) => char.codePointAt(0)!.toString(16));
  const withoutVs16 = points.filter((point) => point !== 'fe0f');
  const names = grapheme.includes('\u200d') ? [points, withoutVs16] : [withoutVs16, points];
  return [...new Set(names.map((list) => `${list.join('-')}.svg`))];
}

/**
 * A data URL of the emoji's Twemoji SVG, or undefined when Twemoji has no such emoji. A ZWJ sequence
 * newer than the package falls back to its first emoji rather than to empty boxes.
 */
export async function emojiDataUrl(grapheme: string): Promise<string | undefined> {
  const [first = ''] = grapheme.split('\u200d');
  const names = [...twemojiFileNames(grapheme), ...(first !== grapheme ? twemojiFileNames(first) : [])];
  for (const name of names) {
    try {
      const svg = await readFile(/* turbopackIgnore: true */ path.join(EMOJI_DIR, name));
      return `data:image/svg+xml;base64,${svg.toString('base64')}`;
    } catch {
      // try the next spelling
    }
  }
  return undefined;
}
