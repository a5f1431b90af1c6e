import { withBasePath } from '@/lib/routes';
import { SECURITY_HEADERS } from '@/lib/site/security-headers';
import { site } from '@/lib/site/config';

/**
 * The answer to an address that cannot be percent-decoded (`/posts/%E0%A4%A`): next.config rewrites
 * those here (lib/site/malformed-url.ts), because Next itself would answer them with a bare 500.
 * A route handler can set its status; it sets the security headers too, so they hold however it is reached.
 */
// Static in every mode: `output: 'export'` (npm run export) refuses a route handler that is not.
export const dynamic = 'force-static';

export function GET(): Response {
  const html = `<!doctype html><html lang="${site.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bad request · ${site.name}</title></head><body><main><h1>Bad request</h1><p>This address is malformed.</p><p><a href="${withBasePath('/')}">Latest posts</a></p></main></body></html>`;
  return new Response(html, {
    status: 400,
    headers: [['Content-Type', 'text/html; charset=utf-8'], ['Cache-Control', 'no-store'], ...SECURITY_HEADERS.map((header): [string, string] => [header.key, header.value])],
  });
}
