import { shareImageResponse } from '@/lib/seo/share-image';
import { absoluteUrl, site } from '@/lib/site/config';

// The share card of every page without its own (home, tags, archive): rendered once, at build time.
export const dynamic = 'force-static';

export function GET() {
  return shareImageResponse({ title: site.description, subtitle: new URL(absoluteUrl('/')).host });
}
