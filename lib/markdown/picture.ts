/**
 * What a page needs to show a processed image (lib/markdown/images.ts makes the files), free of
 * Node modules so that components can import it.
 */

/** The post column: max-w-3xl (48rem) less its padding (app/layout.tsx); the full width minus padding on a phone. */
export const COLUMN_SIZES = '(min-width: 48rem) 45.5rem, calc(100vw - 2.5rem)';

/**
 * The mark on an image's address (`x.png#only-dark`) that shows it in one colour scheme only (Chirpy's
 * `{: .dark }` pairs, lib/markdown/engine-syntax.ts), and the class it becomes (app/markdown.css).
 */
export const THEMED_IMAGE_MARK = 'only-';

/** The colour-scheme class an image address asks for, if any. */
export function themedImageClass(src: string): 'only-light' | 'only-dark' | undefined {
  const mark = /#only-(light|dark)$/.exec(src)?.[1];
  return mark === 'light' ? 'only-light' : mark === 'dark' ? 'only-dark' : undefined;
}

export interface ImageCandidate {
  /** Site path, without the base path */
  src: string;
  width: number;
}

/** Everything a page needs to show one image: `<picture>` sources, the fallback `<img>`, its size. */
export interface ProcessedImage {
  /** Intrinsic size of the largest file served (the original's aspect ratio) */
  width: number;
  height: number;
  /** Modern-format sources, best first; empty for pass-through images */
  sources: { type: string; candidates: ImageCandidate[] }[];
  /** The `<img>` files in the original (or a widely supported) format, smallest first */
  fallback: ImageCandidate[];
  /** Bytes of the original file and of the largest file served in the modern format (bench figures) */
  bytes: { original: number; largest: number };
}

export interface PictureOptions {
  alt: string;
  /** The likely largest paint (a cover or a post's first image): load at once, not lazily */
  eager: boolean;
  /** Prefixed to every file's site path */
  basePath: string;
  sizes?: string;
}

/**
 * The attributes of `<source>` and `<img>` for one image: the one description both renderers use
 * (the content step's HTML, lib/markdown/rehype-images.ts, and the cover, components/PostImage.tsx).
 */
export function pictureAttributes(image: ProcessedImage, options: PictureOptions) {
  const srcSet = (candidates: readonly ImageCandidate[]) => candidates.map((c) => `${options.basePath}${c.src} ${c.width}w`).join(', ');
  const responsive = image.fallback.length > 1 || image.sources.length > 0;
  const sizes = options.sizes ?? COLUMN_SIZES;
  const largest = image.fallback[image.fallback.length - 1];
  return {
    sources: image.sources.map((source) => ({ type: source.type, srcSet: srcSet(source.candidates), sizes })),
    img: {
      src: `${options.basePath}${largest?.src ?? ''}`,
      ...(responsive ? { srcSet: srcSet(image.fallback), sizes } : {}),
      width: image.width,
      height: image.height,
      alt: options.alt,
      // The first image may be the largest paint: fetched at once; the rest wait for the reader.
      ...(options.eager ? { fetchPriority: 'high' as const } : { loading: 'lazy' as const, decoding: 'async' as const }),
    },
  };
}
