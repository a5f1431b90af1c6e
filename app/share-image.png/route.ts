import { shareImageResponse } from '@/lib/share-image';
import { absoluteUrl, site } from '@/lib/site';

// The share card of every page without its own (home, tags, archive): rendered once, at build time.
export const dynamic = 'force-static';

export function GET() {
  return shareImageResponse({ title: site.description, subtitle: new URL(absoluteUrl('/')).host });
}
