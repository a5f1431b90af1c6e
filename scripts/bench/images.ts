import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { processImage } from '../../lib/markdown/images';
import type { SyntheticPost } from './synthetic-posts';

/**
 * Image cost for the benchmark: a seeded pool of camera-sized photos and charts made here (nothing
 * from the network), shown by every tenth synthetic post, so the content step processes real images.
 */
export const IMAGE_POOL = { photos: 6, charts: 2, every: 10 } as const;
const SITE_DIR = 'bench-images';

export interface ImageCost {
  /** Distinct source images */
  images: number;
  /** Posts that show one */
  posts: number;
  /** sharp's work per image with a cold cache (all widths, WebP and the fallback), measured in-process */
  msPerImage: number;
  /** Original files, and the largest file served of each (the modern format at its widest) */
  originalBytes: number;
  largestServedBytes: number;
}

function poolNames(): string[] {
  return [
    ...Array.from({ length: IMAGE_POOL.photos }, (_, i) => `photo-${i}.jpg`),
    ...Array.from({ length: IMAGE_POOL.charts }, (_, i) => `chart-${i}.png`),
  ];
}

/** Writes the pool into `<workDir>/public/bench-images/`: 3000×2000 JPEG photos (noisy, as cameras make them) and PNG charts. */
export async function writeImagePool(workDir: string): Promise<string[]> {
  const dir = path.join(workDir, 'public', SITE_DIR);
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const [index, name] of poolNames().entries()) {
    const file = path.join(dir, name);
    if (name.endsWith('.jpg')) {
      const hue = (index * 47) % 360;
      const scene = `<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="2000"><defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},50%,30%)"/><stop offset="1" stop-color="hsl(${(hue + 90) % 360},60%,80%)"/></linearGradient></defs><rect width="3000" height="2000" fill="url(#g)"/><circle cx="${900 + index * 250}" cy="800" r="500" fill="hsl(${(hue + 180) % 360},55%,55%)" opacity=".7"/></svg>`;
      const noise = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 18 } } }).png().toBuffer();
      await sharp(Buffer.from(scene)).composite([{ input: noise, blend: 'overlay' }]).jpeg({ quality: 90 }).toFile(file);
    } else {
      const bars = Array.from({ length: 12 }, (_, i) => `<rect x="${80 + i * 95}" y="${700 - ((i * 53 + index * 31) % 500) - 60}" width="70" height="${((i * 53 + index * 31) % 500) + 60}" fill="#0f766e"/>`).join('');
      await sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="760"><rect width="1280" height="760" fill="#fff"/>${bars}</svg>`)).png().toFile(file);
    }
    files.push(file);
  }
  return files;
}

/** Every tenth post shows one image of the pool (a site path, as an author would link a file in public/). */
export function withImages(posts: readonly SyntheticPost[]): SyntheticPost[] {
  const names = poolNames();
  return posts.map((post, index) =>
    index % IMAGE_POOL.every === 0
      ? { ...post, markdown: `${post.markdown.trimEnd()}\n\n![Figure ${index}](/${SITE_DIR}/${names[(index / IMAGE_POOL.every) % names.length] ?? names[0]})\n` }
      : post,
  );
}

/** Processes each pool image once with a cold cache (into a scratch folder) and times it. */
export async function measureImageCost(files: readonly string[], posts: number): Promise<ImageCost> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-img-'));
  try {
    let ms = 0;
    let originalBytes = 0;
    let largestServedBytes = 0;
    for (const file of files) {
      const started = performance.now();
      const image = await processImage(file, { outDir, stagingDir: outDir, urlPrefix: '/_img', shown: path.basename(file) });
      ms += performance.now() - started;
      originalBytes += image.bytes.original;
      largestServedBytes += image.bytes.largest;
    }
    return { images: files.length, posts, msPerImage: ms / Math.max(1, files.length), originalBytes, largestServedBytes };
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}
