import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { PROCESSED_IMAGES_PATH } from '../routes';
import { resolveImageSource, statImageFile, type ImageRoots } from './image-source';
import { ImageError, processImage } from './images';
import { pictureAttributes, themedImageClass, type ProcessedImage } from './picture';

export interface ImagePaths {
  /** Project root: content/ and public/ are in it; files go to public/_img/ */
  root: string;
  basePath: string;
}

export function imageFolders(root: string) {
  const publicDir = path.join(root, 'public');
  return {
    contentDir: path.join(root, 'content'),
    postsDir: path.join(root, 'content', 'posts'),
    publicDir,
    outDir: path.join(publicDir, PROCESSED_IMAGES_PATH.slice(1)),
    // Outside public/, on the same disk: files are written here, then renamed into outDir (images.ts writeOnce).
    stagingDir: path.join(root, '.contentlayer', 'staging'),
  };
}

/** The file an image path from a post names, checked on disk; throws ImageError with the fix. */
export function locateImage(url: string, markdownFile: string, root: string): string {
  const { contentDir, publicDir } = imageFolders(root);
  const roots: ImageRoots = { markdownFile, contentDir, publicDir };
  const source = resolveImageSource(url, roots);
  if (!source.ok) throw new ImageError(source.message, source.fix, source.remote);
  const found = statImageFile(source.file, roots);
  if (!found.ok) throw new ImageError(found.message, found.fix);
  return found.file;
}

export function imageOutput(root: string, file: string) {
  const { outDir, stagingDir } = imageFolders(root);
  return { outDir, stagingDir, urlPrefix: PROCESSED_IMAGES_PATH, shown: path.relative(root, file) };
}

/** An image path from a post resolved, checked and processed. */
export async function loadImage(url: string, markdownFile: string, root: string): Promise<ProcessedImage> {
  const file = locateImage(url, markdownFile, root);
  return processImage(file, imageOutput(root, file));
}

/** `<picture>` with its sources and the `<img>` (hast), from the shared attribute description. */
export function pictureElement(image: ProcessedImage, options: Parameters<typeof pictureAttributes>[1]): Element {
  const { sources, img } = pictureAttributes(image, options);
  const imgElement: Element = { type: 'element', tagName: 'img', properties: { ...img }, children: [] };
  if (sources.length === 0) return imgElement;
  return {
    type: 'element',
    tagName: 'picture',
    properties: {},
    children: [...sources.map((source): ElementContent => ({ type: 'element', tagName: 'source', properties: { ...source }, children: [] })), imgElement],
  };
}

/** The Markdown file a vfile holds, from what contentlayer2 attaches (path relative to content/). */
export function markdownFileOf(file: VFile, root: string): string | undefined {
  const raw = (file.data as { rawDocumentData?: { sourceFilePath?: string } }).rawDocumentData;
  if (raw?.sourceFilePath) return path.join(imageFolders(root).contentDir, raw.sourceFilePath);
  return file.path ? path.resolve(root, file.path) : undefined;
}

/** Set by remarkImageFigures: the post has a `cover:`, which is then its first (eager) image. */
export interface ImageFileData {
  hasCover?: boolean;
}

/**
 * Every `<img>` of a post becomes a sized, responsive `<picture>` of processed files. Problems stop
 * the build with `file:line` and a fix (content:check reports the same ones first, before a build).
 */
export function rehypeImages(options: ImagePaths) {
  return async (tree: Root, file: VFile) => {
    const images: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'img') images.push(node);
    });
    if (images.length === 0) return;
    const markdownFile = markdownFileOf(file, options.root);
    if (!markdownFile) throw new Error('rehypeImages: the Markdown file of this post is unknown.');
    const shown = path.relative(options.root, markdownFile);
    const failures: string[] = [];
    const eager = !(file.data as ImageFileData).hasCover;
    await Promise.all(
      images.map(async (node, index) => {
        const src = typeof node.properties.src === 'string' ? node.properties.src : '';
        const alt = typeof node.properties.alt === 'string' ? node.properties.alt : '';
        try {
          const image = await loadImage(src, markdownFile, options.root);
          const picture = pictureElement(image, { alt, eager: eager && index === 0, basePath: options.basePath });
          const img = picture.tagName === 'img' ? picture : picture.children.at(-1);
          const scheme = themedImageClass(src);
          if (scheme) picture.properties.className = [scheme];
          if (typeof node.properties.title === 'string' && img?.type === 'element') img.properties.title = node.properties.title;
          // Replaced in place: the parent keeps its reference to this node.
          Object.assign(node, picture);
        } catch (error) {
          if (!(error instanceof ImageError)) throw error;
          failures.push(`${shown}:${node.position?.start.line ?? 1}  error   ${error.message}\n    fix: ${error.fix}`);
        }
      }),
    );
    if (failures.length > 0) throw new Error(`Images this post names cannot be shown:\n${failures.join('\n')}`);
  };
}
