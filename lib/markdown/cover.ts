import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { ImageError, processImage, shareCrop, writeOnce } from './images';
import { formatDate } from '../content/dates';
import { renderShareImage } from '../seo/share-image';
import type { ProcessedImage } from './picture';
import { readFrontmatter } from '../content/frontmatter';
import { spellingsOf, type FieldName } from '../content/schema';
import { imageFolders, imageOutput, loadImage, locateImage } from './rehype-images';
import { PROCESSED_IMAGES_PATH } from '../routes';
import { renderCaption } from './pipeline';

/** A post's `cover:` as pages use it: shown above the post, and cropped as its share image. */
export interface CoverImage {
  image: ProcessedImage;
  alt: string;
  /** Site path of the 1200×630 JPEG crop (og:image), without the base path */
  share: string;
  /** `cover: { caption }` (Hugo) as HTML (lib/markdown/pipeline.ts renderCaption), shown under the cover */
  caption?: string;
}

/** The line of the first of `fields` in a post's frontmatter (the one reader's), for messages. */
function fieldLine(markdownFile: string, fields: readonly string[]): number {
  const lines = readFrontmatter(fs.readFileSync(markdownFile, 'utf8'))?.lines;
  return fields.map((field) => lines?.get(field)).find((line) => line !== undefined) ?? 1;
}

const namesOf = (field: FieldName) => spellingsOf(field).map((spelling) => spelling.name);

/** An image problem as the build reports it: `file:line`, the message and the fix. */
function imageFailure(what: string, error: ImageError, markdownFile: string, fields: readonly string[], root: string): Error {
  const shown = path.relative(root, markdownFile);
  return new Error(`${what} cannot be shown:\n${shown}:${fieldLine(markdownFile, fields)}  error   ${error.message}\n    fix: ${error.fix}`);
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
  caption?: string,
): Promise<CoverImage | undefined> {
  if (!cover?.trim()) return undefined;
  const markdownFile = path.join(imageFolders(root).contentDir, sourceFilePath);
  try {
    const file = locateImage(cover, markdownFile, root);
    const [image, share, captionHtml] = await Promise.all([processImage(file, imageOutput(root, file)), shareCrop(file, imageOutput(root, file)), caption?.trim() ? renderCaption(caption, markdownFile, root) : undefined]);
    return { image, alt: alt?.trim() ?? '', share, ...(captionHtml ? { caption: captionHtml } : {}) };
  } catch (error) {
    if (!(error instanceof ImageError)) throw error;
    throw imageFailure('The cover image', error, markdownFile, namesOf('cover'), root);
  }
}

/**
 * The pictures of a post's authors (`author: { name, picture }`, Vercel's starter), processed like
 * body images at the content step, by the path written. A missing file stops the build as a cover does.
 */
export async function processAuthorPictures(
  people: readonly { picture?: string | undefined }[],
  sourceFilePath: string,
  root: string = process.cwd(),
): Promise<Record<string, ProcessedImage>> {
  const markdownFile = path.join(imageFolders(root).contentDir, sourceFilePath);
  const paths = [...new Set(people.flatMap((person) => (person.picture ? [person.picture] : [])))];
  try {
    return Object.fromEntries(await Promise.all(paths.map(async (picture) => [picture, await loadImage(picture, markdownFile, root)] as const)));
  } catch (error) {
    if (!(error instanceof ImageError)) throw error;
    throw imageFailure("An author's picture", error, markdownFile, namesOf('author'), root);
  }
}

/**
 * The share card (og:image) of a post without a cover: its title and date drawn (lib/seo/share-image.tsx)
 * into public/_img/, named by that text and by `key` (scripts/build/cache-keys.mjs shareCardKey: the
 * drawing code and packages), so an unchanged card is never drawn twice (an edit to a post's body
 * keeps its card) and a changed one gets a new name. Drawn at the content step, not as a Next route:
 * prerendering 1,000 card routes split unevenly between Next's workers (BENCHMARKS.md).
 * Returns the card's site path, without the base path.
 */
export async function drawShareCard(card: { title: string; date: string }, options: { key: string; root?: string }): Promise<string> {
  const subtitle = formatDate(card.date);
  const name = `card-${createHash('sha256').update(`${options.key}\0${card.title}\0${subtitle}`).digest('hex').slice(0, 12)}.png`;
  const { outDir, stagingDir } = imageFolders(options.root ?? process.cwd());
  const file = path.join(outDir, name);
  if (!fs.existsSync(file)) {
    const png = await renderShareImage({ title: card.title, subtitle });
    await writeOnce(file, stagingDir, (tmp) => fs.promises.writeFile(tmp, png));
  }
  return `${PROCESSED_IMAGES_PATH}/${name}`;
}
