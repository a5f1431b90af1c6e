import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site/config';

// Static in every mode: `output: 'export'` (npm run export) refuses a metadata route that is not.
export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: absoluteUrl('/sitemap.xml') };
}
