/**
 * A slug or tag becomes a folder and file names in the build (`.next/server/app/tags/<tag>.html`,
 * `.rsc`, `.meta`, `out/tags/<tag>/index.html`, …), written percent-encoded. Filesystems allow 255
 * bytes per name: past that `next build` dies with ENAMETOOLONG without naming the post. The limit
 * leaves room for the longest suffix Next adds.
 */
export const MAX_ADDRESS_BYTES = 200;

/** The bytes a path segment takes once percent-encoded, as Next writes it to disk. */
export function encodedLength(segment: string): number {
  return encodeURIComponent(segment).length;
}

/** A message when `segment` is too long to be an address, else undefined. */
export function addressLengthProblem(kind: 'slug' | 'tag', segment: string): string | undefined {
  const bytes = encodedLength(segment);
  if (bytes <= MAX_ADDRESS_BYTES) return undefined;
  const shown = segment.length > 40 ? `${segment.slice(0, 40)}…` : segment;
  return `The ${kind} address ${JSON.stringify(shown)} is ${bytes} bytes once percent-encoded; addresses may be at most ${MAX_ADDRESS_BYTES} (about ${MAX_ADDRESS_BYTES} Latin letters or ${Math.floor(MAX_ADDRESS_BYTES / 9)} CJK characters), or the build cannot write its files.`;
}
