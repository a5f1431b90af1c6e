import type { MetadataRoute } from 'next';
import { getAllTags, getPostsByTag, getPublishedPosts } from '@/lib/content';
import { buildSitemap } from '@/lib/seo/sitemap';

// Static in every mode: `output: 'export'` (npm run export) refuses a metadata route that is not.
export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return buildSitemap(getPublishedPosts(), getAllTags(), getPostsByTag);
}
