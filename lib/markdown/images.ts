import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import sharp, { type Metadata, type Sharp } from 'sharp';
import type { ProcessedImage } from './picture';

/**
 * Build-time image processing (sharp): every image a post shows is written to public/_img/ under
 * names that carry a hash of its bytes and of these settings, so browsers may cache them forever
 * and a later build skips any image whose files are already there (the files are the cache).
 * public/ reaches every deploy mode: `next start`, the standalone copy and the static export.
 */
export const IMAGE_SETTINGS = {
  version: 1,
  /** Widths offered in srcset, up to the image's own width (never upscaled) */
  widths: [480, 800, 1200, 1600],
  /** The modern format every current browser takes; the original format is the <img> fallback */
  modern: 'webp',
  webp: { quality: 76, effort: 4 },
  jpeg: { quality: 80, mozjpeg: true },
  png: { compressionLevel: 9, effort: 7 },
  /** Share card crop of a cover (og:image) */
  share: { width: 1200, height: 630, quality: 82 },
} as const;

/** Files shown as they are (sized, copied under a hashed name): vectors, and GIFs that may be animated. */
const PASS_THROUGH = new Set(['svg', 'gif']);
const RESIZABLE = new Set(['jpeg', 'jpg', 'png', 'webp', 'avif', 'heif', 'tiff', 'tif']);
const MIME: Record<string, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif', gif: 'image/gif', svg: 'image/svg+xml' };

/** A file the site cannot show, with the fix: the pipeline turns it into a `file:line` build error. */
export class ImageError extends Error {
  /** `remote`: an address on another site whose copy is missing (lib/markdown/remote-images.ts) */
  constructor(message: string, readonly fix: string, readonly remote?: string) {
    super(message);
    this.name = 'ImageError';
  }
}

export interface ImageProbe {
  format: string;
  width: number;
  height: number;
}

/**
 * What an image file is, from its header (sync, no decoding): content:check uses it to reject a file
 * that is no image or in a format the build cannot process, before the build starts.
 */
export function probeImage(bytes: Uint8Array, shown: string): ImageProbe {
  let size;
  try {
    size = imageSize(bytes);
  } catch {
    if (/<svg[\s>]/i.test(new TextDecoder().decode(bytes.subarray(0, 4096)))) {
      throw new ImageError(`${shown} has no width and height (an SVG needs a viewBox or width and height).`, 'Add viewBox="0 0 W H" to its <svg> element.');
    }
    throw new ImageError(`${shown} is not an image file (or it is damaged).`, 'Export it again as JPEG, PNG, WebP, AVIF, GIF or SVG.');
  }
  const format = size.type === 'jpg' ? 'jpeg' : (size.type ?? '');
  if (!PASS_THROUGH.has(format) && !RESIZABLE.has(format)) {
    // A phone's HEIC photo holds HEVC, which the image step (sharp's own build) does not read.
    const fix = format === 'heic' ? 'Export it as JPEG (Photos: File → Export; an iPhone takes JPEG with Settings → Camera → Formats → Most Compatible).' : 'Convert it to one of those.';
    throw new ImageError(`${shown} is a ${format.toUpperCase() || 'unknown'} image: the site serves JPEG, PNG, WebP, AVIF, GIF and SVG.`, fix);
  }
  if (!(size.width > 0 && size.height > 0)) {
    throw new ImageError(`${shown} has no width and height.`, 'Export the image again.');
  }
  // Served from the site's own origin, an SVG opened on its own would run its script.
  if (format === 'svg' && /<script|<[^>]*\son[a-z]+\s*=|javascript:/i.test(new TextDecoder().decode(bytes))) {
    throw new ImageError(`${shown} contains script (a <script> element, an on… handler or a javascript: link).`, 'Remove the script from the SVG, or export it again as a plain drawing.');
  }
  // EXIF orientation 5–8 turns the picture a quarter: the shown size swaps.
  const turned = (size.orientation ?? 1) >= 5;
  return { format, width: turned ? size.height : size.width, height: turned ? size.width : size.height };
}

const settingsHash = createHash('sha256').update(JSON.stringify(IMAGE_SETTINGS)).digest('hex');

function contentKey(bytes: Uint8Array): string {
  return createHash('sha256').update(settingsHash).update(bytes).digest('hex').slice(0, 12);
}

/** A short, URL-safe stem from the source name, so a reader can still tell files apart. */
function stemOf(file: string): string {
  const stem = path
    .basename(file, path.extname(file))
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z\d]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return stem || 'image';
}

/**
 * Writes through a temporary file in `stagingDir`, then renames it into place, so a build stopped
 * half-way never leaves a truncated cache file, and nothing reading the target's folder meanwhile (Next's
 * compile copies public/ while the content step runs) sees a file that is half written or about to vanish.
 */
export async function writeOnce(target: string, stagingDir: string, make: (tmp: string) => Promise<unknown>): Promise<void> {
  if (fs.existsSync(target)) return;
  await Promise.all([stagingDir, path.dirname(target)].map((dir) => fs.promises.mkdir(dir, { recursive: true })));
  const tmp = path.join(stagingDir, `${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    await make(tmp);
    await fs.promises.rename(tmp, target);
  } finally {
    await fs.promises.rm(tmp, { force: true });
  }
}

/** A file a post links (`./slides.pdf`), published as it is under a name of its content: its site path. */
export async function publishFile(file: string, options: ProcessOptions): Promise<string> {
  const bytes = await fs.promises.readFile(file);
  const name = `${stemOf(file)}-${contentKey(bytes)}${path.extname(file).toLowerCase()}`;
  await writeOnce(path.join(options.outDir, name), options.stagingDir, (tmp) => fs.promises.writeFile(tmp, bytes));
  return `${options.urlPrefix}/${name}`;
}

/** The srcset widths for an image this wide: the settings' widths below it, then its own (capped). */
export function servedWidths(width: number): number[] {
  const largest = Math.min(width, IMAGE_SETTINGS.widths[IMAGE_SETTINGS.widths.length - 1] ?? width);
  return [...IMAGE_SETTINGS.widths.filter((w) => w < largest), largest];
}

function fallbackFormat(format: string, hasAlpha: boolean): 'jpeg' | 'png' {
  if (format === 'jpeg' || format === 'jpg') return 'jpeg';
  if (format === 'png') return 'png';
  return hasAlpha ? 'png' : 'jpeg';
}

function encode(image: Sharp, format: 'webp' | 'jpeg' | 'png'): Sharp {
  if (format === 'webp') return image.webp(IMAGE_SETTINGS.webp);
  if (format === 'jpeg') return image.jpeg(IMAGE_SETTINGS.jpeg);
  return image.png(IMAGE_SETTINGS.png);
}

export interface ProcessOptions {
  /** Folder the files are written to (public/_img) */
  outDir: string;
  /** Folder on the same disk where they are written first (lib/markdown/rehype-images.ts imageFolders) */
  stagingDir: string;
  /** Site path of that folder (/_img) */
  urlPrefix: string;
  /** How a path is shown in messages (relative to the project) */
  shown: string;
}

// One run per file and settings even when several posts show the same image at once.
const running = new Map<string, Promise<ProcessedImage>>();

/** Sizes and encodes one image file (or reuses the files a previous build wrote). */
export function processImage(file: string, options: ProcessOptions): Promise<ProcessedImage> {
  const memo = `${file}\0${options.outDir}\0${options.urlPrefix}`;
  let result = running.get(memo);
  if (!result) {
    result = processUncached(file, options);
    running.set(memo, result);
    // A failure is reported once; a later build (dev mode) tries again.
    result.catch(() => running.delete(memo));
  }
  return result;
}

async function processUncached(file: string, options: ProcessOptions): Promise<ProcessedImage> {
  const bytes = await fs.promises.readFile(file);
  const probe = probeImage(bytes, options.shown);
  const key = contentKey(bytes);
  const stem = stemOf(file);
  const url = (name: string) => `${options.urlPrefix}/${name}`;

  if (PASS_THROUGH.has(probe.format)) {
    const name = `${stem}-${key}.${probe.format}`;
    await writeOnce(path.join(options.outDir, name), options.stagingDir, (tmp) => fs.promises.writeFile(tmp, bytes));
    return {
      width: probe.width,
      height: probe.height,
      sources: [],
      fallback: [{ src: url(name), width: probe.width }],
      bytes: { original: bytes.length, largest: bytes.length },
    };
  }

  let metadata: Metadata;
  try {
    metadata = await sharp(bytes).metadata();
  } catch (error) {
    throw new ImageError(`${options.shown} cannot be read as an image: ${(error as Error).message}.`, 'Export it again as JPEG or PNG.');
  }
  const width = metadata.autoOrient.width;
  const height = metadata.autoOrient.height;
  const widths = servedWidths(width);
  const fallback = fallbackFormat(probe.format, metadata.hasAlpha);
  const formats = [IMAGE_SETTINGS.modern, fallback] as const;
  const files = formats.map((format) => widths.map((w) => ({ format, w, name: `${stem}-${key}-${w}.${format === 'jpeg' ? 'jpg' : format}` })));
  try {
    const base = sharp(bytes).autoOrient();
    await Promise.all(
      files.flat().map(({ format, w, name }) =>
        writeOnce(path.join(options.outDir, name), options.stagingDir, (tmp) => encode(base.clone().resize({ width: w, withoutEnlargement: true }), format).toFile(tmp)),
      ),
    );
  } catch (error) {
    throw new ImageError(`${options.shown} cannot be processed: ${(error as Error).message}.`, 'Export it again as JPEG or PNG.');
  }
  const largestWidth = widths[widths.length - 1] ?? width;
  const [modernFiles = [], fallbackFiles = []] = files;
  const largestModern = modernFiles[modernFiles.length - 1];
  return {
    width: largestWidth,
    height: Math.round((height * largestWidth) / width),
    sources: [{ type: MIME[IMAGE_SETTINGS.modern] ?? 'image/webp', candidates: modernFiles.map(({ w, name }) => ({ src: url(name), width: w })) }],
    fallback: fallbackFiles.map(({ w, name }) => ({ src: url(name), width: w })),
    bytes: {
      original: bytes.length,
      largest: largestModern ? (await fs.promises.stat(path.join(options.outDir, largestModern.name))).size : bytes.length,
    },
  };
}

/** A cover cropped to the share card size (og:image), as JPEG: every network's preview reads it. */
export async function shareCrop(file: string, options: ProcessOptions): Promise<string> {
  const bytes = await fs.promises.readFile(file);
  const { width, height, quality } = IMAGE_SETTINGS.share;
  const name = `${stemOf(file)}-${contentKey(bytes)}-share.jpg`;
  try {
    await writeOnce(path.join(options.outDir, name), options.stagingDir, (tmp) =>
      sharp(bytes).autoOrient().resize({ width, height, fit: 'cover', position: 'attention' }).flatten({ background: '#ffffff' }).jpeg({ quality, mozjpeg: true }).toFile(tmp),
    );
  } catch (error) {
    throw new ImageError(`${options.shown} cannot be cropped for sharing: ${(error as Error).message}.`, 'Export it again as JPEG or PNG.');
  }
  return `${options.urlPrefix}/${name}`;
}
