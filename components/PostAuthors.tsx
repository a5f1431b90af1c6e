import type { Author } from '@/lib/content/authors';
import { pictureAttributes } from '@/lib/markdown/picture';
import { basePath } from '@/lib/routes';

/** An author's picture beside the name: small, decorative (the name says who it is). */
function Avatar({ author }: { author: Author }) {
  if (!author.avatar) return null;
  const { sources, img } = pictureAttributes(author.avatar, { alt: '', eager: false, basePath, sizes: '1.75rem' });
  return (
    <picture data-avatar>
      {sources.map((source) => (
        <source key={source.type} {...source} />
      ))}
      <img {...img} alt="" className="mr-1.5 inline-block size-7 rounded-full object-cover align-middle" />
    </picture>
  );
}

/** “By …”: the post's authors, each linked to their profile when the site config gives one, with their picture when the post gives one. */
export function PostAuthors({ authors }: { authors: readonly Author[] }) {
  return (
    <p className="text-sm text-soft" data-authors>
      By{' '}
      {authors.map((author, index) => (
        <span key={author.name}>
          {index > 0 && (index === authors.length - 1 ? ' and ' : ', ')}
          <Avatar author={author} />
          {author.url ? (
            <a href={author.url} rel="author" className="font-medium text-accent underline">
              {author.name}
            </a>
          ) : (
            <span className="font-medium">{author.name}</span>
          )}
        </span>
      ))}
    </p>
  );
}
