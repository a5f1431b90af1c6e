import fs from 'node:fs';
import path from 'node:path';
import { ImageError, processImage, shareCrop } from './images';
import type { ProcessedImage } from './picture';
import { imageFolders, imageOutput, locateImage } from './rehype-images';

/** A post's `cover:` as pages use it: shown above the post, and cropped as its share image. */
export interface CoverImage {
  image: ProcessedImage;
  alt: string;
  /** Site path of the 1200×630 JPEG crop (og:image), without the base path */
  share: string;
}

/** The line of `field:` in a post's frontmatter, for messages. */
function fieldLine(markdownFile: string, field: string): number {
  const lines = fs.readFileSync(markdownFile, 'utf8').split('\n');
  const index = lines.findIndex((line) => line.startsWith(`${field}:`));
  return index < 0 ? 1 : index + 1;
}

/**
 * Processes a post's cover at the content step (a contentlayer computed field); resolved like a
 * body image. A problem stops the build with `file:line` and the fix, as body images do.
 */
export async function processCover(
  cover: string | undefined,
  alt: string | undefined,
  sourceFilePath: string,
  root: string = process.cwd(),
): Promise<CoverImage | undefined> {
  if (!cover?.trim()) return undefined;
  const markdownFile = path.join(imageFolders(root).contentDir, sourceFilePath);
  try {
    const file = locateImage(cover, markdownFile, root);
    const [image, share] = await Promise.all([processImage(file, imageOutput(root, file)), shareCrop(file, imageOutput(root, file))]);
    return { image, alt: alt?.trim() ?? '', share };
  } catch (error) {
    if (!(error instanceof ImageError)) throw error;
    const shown = path.relative(root, markdownFile);
    throw new Error(`The cover image cannot be shown:\n${shown}:${fieldLine(markdownFile, 'cover')}  error   ${error.message}\n    fix: ${error.fix}`);
  }
}
