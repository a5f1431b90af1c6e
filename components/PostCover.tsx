import { basePath } from '@/lib/routes';
import type { CoverImage } from '@/lib/markdown/cover';
import { pictureAttributes } from '@/lib/markdown/picture';

/** A post's cover above its text: the post's first image, so it loads at once (the likely largest paint). */
export function PostCover({ cover }: { cover: CoverImage }) {
  const { sources, img } = pictureAttributes(cover.image, { alt: cover.alt, eager: true, basePath });
  return (
    <picture className="post-cover">
      {sources.map((source) => (
        <source key={source.type} {...source} />
      ))}
      <img {...img} alt={img.alt} className="h-auto w-full rounded-xl" />
    </picture>
  );
}
