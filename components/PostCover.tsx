import { basePath } from '@/lib/routes';
import type { CoverImage } from '@/lib/markdown/cover';
import { pictureAttributes } from '@/lib/markdown/picture';

/** A post's cover above its text: the post's first image, so it loads at once (the likely largest paint). */
export function PostCover({ cover }: { cover: CoverImage }) {
  const { sources, img } = pictureAttributes(cover.image, { alt: cover.alt, eager: true, basePath });
  const picture = (
    <picture className="post-cover">
      {sources.map((source) => (
        <source key={source.type} {...source} />
      ))}
      <img {...img} alt={img.alt} className="h-auto w-full rounded-xl" />
    </picture>
  );
  if (!cover.caption) return picture;
  return (
    <figure className="flex flex-col gap-2">
      {picture}
      {/* Sanitised HTML from the content step (renderCaption): a credit's link stays a link. */}
      <figcaption className="cover-caption text-center text-sm text-muted" dangerouslySetInnerHTML={{ __html: cover.caption }} />
    </figure>
  );
}
