// Node only, without `server-only`: the content step (plain Node, lib/markdown/cover.ts) draws the posts' cards.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import satori, { type SatoriOptions } from 'satori';
import sharp from 'sharp';
import { SHARE_IMAGE_SIZE } from '../routes';
import { emojiDataUrl } from './emoji-images';
import { site } from '../site/config';

// Inter from the @fontsource/inter npm package (satori reads .woff, not .woff2): no network. The
// latin-ext files go under a name of their own: satori looks for a missing glyph (ł, ő, ț…) in the
// other fonts by name, so under the same name as the latin files they were never used.
const FONT_DIR = path.join(process.cwd(), 'node_modules', '@fontsource', 'inter', 'files');
const FONT_FILES = [
  { file: 'inter-latin-400-normal.woff', name: 'Inter', weight: 400 },
  { file: 'inter-latin-ext-400-normal.woff', name: 'Inter Latin Ext', weight: 400 },
  { file: 'inter-latin-700-normal.woff', name: 'Inter', weight: 700 },
  { file: 'inter-latin-ext-700-normal.woff', name: 'Inter Latin Ext', weight: 700 },
] as const;

let fonts: Promise<SatoriOptions['fonts']> | undefined;
function loadFonts(): Promise<SatoriOptions['fonts']> {
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ file, name, weight }) => ({
      name,
      // Read at build time only (the images are prerendered): not traced into the server output.
      data: await readFile(/* turbopackIgnore: true */ path.join(FONT_DIR, file)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/**
 * Satori asks for what its fonts lack. Emoji come from local Twemoji files; other scripts get no
 * fallback font (the default loader would fetch one from Google Fonts), so nothing leaves the machine.
 */
const loadAdditionalAsset: SatoriOptions['loadAdditionalAsset'] = async (code, segment) => {
  if (code === 'emoji') return (await emojiDataUrl(segment)) ?? [];
  return [];
};

const ACCENT_HEIGHT = 16;
const MARGIN_X = 80;
const MARGIN_Y = 56;
const CONTENT_WIDTH = SHARE_IMAGE_SIZE.width - 2 * MARGIN_X;

/** Smaller type for longer titles; four lines at most, then an ellipsis. */
export function titleFontSize(title: string): number {
  const length = [...title].length;
  if (length <= 40) return 76;
  if (length <= 80) return 64;
  if (length <= 120) return 52;
  return 44;
}

export interface ShareImageContent {
  title: string;
  /** Shown under the title, e.g. the post date; the site description on the default image. */
  subtitle: string;
}

/** A 1200×630 PNG share card: site name, title, subtitle. Rendered at build time. */
export async function renderShareImage({ title, subtitle }: ShareImageContent): Promise<Buffer> {
  const fontSize = titleFontSize(title);
  const svg = await satori(
    // Explicit sizes, no padding on the root: satori adds padding outside a fixed size.
    <div style={{ ...SHARE_IMAGE_SIZE, display: 'flex', flexDirection: 'column', background: '#1c1917', fontFamily: 'Inter' }}>
      <div style={{ display: 'flex', width: SHARE_IMAGE_SIZE.width, height: ACCENT_HEIGHT, background: '#0f766e' }} />
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          width: CONTENT_WIDTH,
          height: SHARE_IMAGE_SIZE.height - ACCENT_HEIGHT - 2 * MARGIN_Y,
          margin: `${MARGIN_Y}px ${MARGIN_X}px`,
          color: '#fafaf9',
        }}
      >
      <div style={{ display: 'flex', fontSize: 32, fontWeight: 700, color: '#5eead4' }}>{site.name}</div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 28 }}>
        <div
          style={{
            display: 'block',
            width: CONTENT_WIDTH,
            fontSize,
            fontWeight: 700,
            lineHeight: 1.15,
            lineClamp: 4,
            textOverflow: 'ellipsis',
            // Satori sizes the block by its unclamped text: cap it at the four lines it shows. No
            // `overflow: hidden`: lineClamp already stops at four lines, and the mask it adds to the
            // SVG made each card several times slower to draw.
            maxHeight: Math.ceil(fontSize * 1.15 * 4),
          }}
        >
          {title}
        </div>
        <div style={{ display: 'flex', fontSize: 30, color: '#d6d3d1' }}>{subtitle}</div>
      </div>
      </div>
    </div>,
    { ...SHARE_IMAGE_SIZE, fonts: await loadFonts(), loadAdditionalAsset },
  );
  // Satori has turned every glyph into a path, so the SVG needs no font to draw. sharp (libvips, the
  // image step's library) draws and encodes it in about a third of resvg's time; a card is drawn per
  // post the content step renders. Light compression: the cards are a few tens of kB either way. The
  // card is opaque: without its alpha channel the PNG is a tenth smaller and a little cheaper to encode.
  return sharp(Buffer.from(svg)).removeAlpha().png({ compressionLevel: 3 }).toBuffer();
}

/** The PNG as a static response (the site's default card, app/share-image.png; posts' cards are files, lib/markdown/cover.ts). */
export async function shareImageResponse(content: ShareImageContent): Promise<Response> {
  return new Response(new Uint8Array(await renderShareImage(content)), { headers: { 'Content-Type': 'image/png' } });
}
