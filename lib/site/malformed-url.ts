/**
 * Next decodes a dynamic segment (`/tags/[tag]`) with decodeURIComponent and, when that throws
 * (`/posts/%E0%A4%A`, `/tags/%FF`), renders `/400`, which an App Router site only has as
 * app/400/route.ts, and only when the request is rewritten there before Next tries to decode it.
 * This pattern matches exactly the paths decodeURIComponent rejects: a `%` that does not start
 * a well-formed UTF-8 sequence of escapes (RFC 3629, table 3-7).
 */
const HEX = '[0-9a-fA-F]';
const CONTINUATION = `%[89abAB]${HEX}`;
const UTF8_ESCAPE = [
  `%[0-7]${HEX}`, // ASCII
  `%[cC][2-9a-fA-F]${CONTINUATION}`,
  `%[dD]${HEX}${CONTINUATION}`,
  `%[eE]0%[abAB]${HEX}${CONTINUATION}`, // no overlong three-byte forms
  `%[eE][1-9a-cA-CeEfF]${CONTINUATION}${CONTINUATION}`,
  `%[eE][dD]%[89]${HEX}${CONTINUATION}`, // no UTF-16 surrogates
  `%[fF]0%(?:9|[abAB])${HEX}${CONTINUATION}${CONTINUATION}`, // no overlong four-byte forms
  `%[fF][1-3]${CONTINUATION}${CONTINUATION}${CONTINUATION}`,
  `%[fF]4%8${HEX}${CONTINUATION}${CONTINUATION}`, // nothing past U+10FFFF
].join('|');

/** A path-to-regexp pattern (no capturing groups) for a path that cannot be percent-decoded. */
export const MALFORMED_PATH_PATTERN = `(?!(?:[^%]|${UTF8_ESCAPE})*$).*`;

export function isMalformedPath(path: string): boolean {
  return new RegExp(`^${MALFORMED_PATH_PATTERN}$`).test(path);
}
