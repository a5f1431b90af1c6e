import type { ReactNode } from 'react';

/** An image (processed by the images step, lib/markdown/mdx-figures.ts) with an optional caption. */
export function Figure({ caption, children }: { caption?: string; children?: ReactNode }) {
  return (
    <figure className="image-figure">
      {children}
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}
