import type { MetadataRoute } from 'next';
import { getAllTags, getPostsByTag, getPublishedPosts } from '@/lib/posts';
import { buildSitemap } from '@/lib/sitemap';

export default function sitemap(): MetadataRoute.Sitemap {
  return buildSitemap(getPublishedPosts(), getAllTags(), getPostsByTag);
}
