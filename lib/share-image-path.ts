/** Share images are static PNG files with an extension, so any static host serves them as images. */
export const DEFAULT_SHARE_IMAGE = '/share-image.png';

export function postShareImagePath(postUrl: string): string {
  return `${postUrl}/share-image.png`;
}

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** A post's og:image: its cover's crop when it has a cover, else its generated card. */
export function postShareImage(post: { url: string; cover?: { share: string } }): string {
  return post.cover?.share ?? postShareImagePath(post.url);
}
