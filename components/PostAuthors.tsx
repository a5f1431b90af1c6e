import type { Author } from '@/lib/content/authors';

/** “By …”: the post's authors, each linked to their profile when the site config gives one. */
export function PostAuthors({ authors }: { authors: readonly Author[] }) {
  return (
    <p className="text-sm text-stone-700 dark:text-stone-300" data-authors>
      By{' '}
      {authors.map((author, index) => (
        <span key={author.name}>
          {index > 0 && (index === authors.length - 1 ? ' and ' : ', ')}
          {author.url ? (
            <a href={author.url} rel="author" className="font-medium text-teal-800 underline dark:text-teal-200">
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
