import { NextResponse, type NextRequest } from 'next/server';
import { tagSlug } from './lib/content/tags';

/**
 * `/tags/Plasma`, `/tags/Layer2Solutions` → `/tags/plasma`, `/tags/layer-2-solutions` (308): a tag
 * typed or linked as it reads still reaches its page. Runs only under /tags on a Node server
 * (`next start`, standalone); a static export gets redirect pages instead (app/tags/[tag]/page.tsx).
 */
export function proxy(request: NextRequest) {
  const [, , segment, ...rest] = request.nextUrl.pathname.split('/');
  if (!segment) return NextResponse.next();
  let spelling: string;
  try {
    spelling = decodeURIComponent(segment);
  } catch {
    return NextResponse.next(); // a malformed address answers 400 further on (lib/malformed-url.ts)
  }
  // Only a spelling of words (letters, digits, spaces, hyphens, underscores) is redirected: an address
  // with punctuation or invisible characters (`plasma.`, a zero-width space) stays a 404.
  if (!/^[\p{L}\p{N} _-]+$/u.test(spelling)) return NextResponse.next();
  const slug = tagSlug(spelling);
  // Compared decoded: a non-Latin slug arrives percent-encoded and is already its own address.
  if (slug === '' || slug === spelling) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = ['', 'tags', slug, ...rest].join('/');
  return NextResponse.redirect(url, 308);
}

export const config = { matcher: '/tags/:path+' };
