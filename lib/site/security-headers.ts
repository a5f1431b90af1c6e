/**
 * Response headers for every path (pages, posts, tags, 404s, static assets, JSON).
 * next.config.ts applies them; tests/unit/site/security-headers.test.ts and tests/e2e/headers.spec.ts check them.
 */

/**
 * As strict as prerendered pages allow. Every page is built ahead of time, so there is no request to
 * mint a nonce for, and Next's inline RSC scripts (`self.__next_f.push(…)`) differ per page, so one
 * header cannot list their hashes: script-src needs 'unsafe-inline'. Post bodies are sanitised at
 * build time (lib/markdown/pipeline.ts), so no author-written script reaches that allowance.
 * 'wasm-unsafe-eval' lets the search page compile Pagefind's WebAssembly (served from 'self'); it
 * does not allow eval() or new Function() of JavaScript.
 * style-src needs 'unsafe-inline' for React `style` props and Next's font and route-announcer styles.
 * Nothing comes from another origin: no CDN, no remote images, fonts or analytics.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * `next dev` only: React's development build and Next's dev runtime call eval() (callstack
 * reconstruction, Fast Refresh), which the production policy rightly blocks; under it every dev page
 * carried a red "eval() is not supported" issue. Production never sends this.
 */
export const DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "script-src 'self' 'unsafe-inline'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
);

export interface HeaderRule {
  source: string;
  has?: { type: 'header'; key: string; value?: string }[];
  headers: { key: string; value: string }[];
}

export const SECURITY_HEADERS: HeaderRule['headers'] = [
  { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
];
// No Cross-Origin-Opener-Policy: a public, read-only site has no state for another window to reach, and
// `same-origin` makes Chrome swap to a fresh renderer process when the page opens from a blank tab or a
// shared (non-isolated) mobile process: a cold start that Lighthouse counts as blocking time
// (BENCHMARKS.md).

/** Two years, as HSTS preload lists expect. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

export function securityHeaderRules({ dev = false }: { dev?: boolean } = {}): HeaderRule[] {
  const headers = dev
    ? SECURITY_HEADERS.map((header) => (header.key === 'Content-Security-Policy' ? { ...header, value: DEV_CONTENT_SECURITY_POLICY } : header))
    : SECURITY_HEADERS;
  return [
    { source: '/:path*', headers },
    // HSTS only when a TLS-terminating proxy says the reader came over HTTPS: over plain HTTP
    // (localhost, tests) the header is meaningless and browsers ignore it.
    {
      source: '/:path*',
      has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
      headers: [{ key: 'Strict-Transport-Security', value: STRICT_TRANSPORT_SECURITY }],
    },
  ];
}
