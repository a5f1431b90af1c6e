import type { ProcessedImage } from '../markdown/picture';
import type { PersonRef } from './schema';

/** An author as readers see one: on the post, in JSON-LD and in feeds. */
export interface Author {
  name: string;
  url?: string;
  /** `author: { picture }` as processed at the content step: a small image beside the name on the post */
  avatar?: ProcessedImage;
}

/**
 * The authors a post names, as profiles where one matches (by id, as tailwind-nextjs-starter-blog's
 * `authors: [default]`, or by name), else as written; the site's default author when it names none.
 */
export function resolveAuthors(
  refs: readonly PersonRef[],
  profiles: Readonly<Record<string, Author>>,
  fallback: Author,
  /** The processed pictures by the path written (lib/markdown/cover.ts) */
  pictures: Readonly<Record<string, ProcessedImage>> = {},
): Author[] {
  const byName = new Map(Object.values(profiles).map((profile) => [profile.name.toLowerCase(), profile]));
  const seen = new Set<string>();
  const authors: Author[] = [];
  for (const ref of refs) {
    const profile = (Object.hasOwn(profiles, ref.name) ? profiles[ref.name] : undefined) ?? byName.get(ref.name.toLowerCase());
    const avatar = ref.picture && Object.hasOwn(pictures, ref.picture) ? pictures[ref.picture] : undefined;
    const author: Author = {
      ...(profile ?? { name: ref.name }),
      ...(ref.url && !profile?.url ? { url: ref.url } : {}),
      ...(avatar ? { avatar } : {}),
    };
    if (seen.has(author.name)) continue;
    seen.add(author.name);
    authors.push(author);
  }
  return authors.length > 0 ? authors : [fallback];
}
