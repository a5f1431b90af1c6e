import type { Metadata } from 'next';
import fs from 'node:fs';
import path from 'node:path';
import { notFound, permanentRedirect } from 'next/navigation';
import { JsonLd } from '@/components/JsonLd';
import { TagView } from '@/components/TagView';
import { pageMetadata } from '@/lib/seo/metadata';
import { getAllTags, getTag, getTagAliases, getTagPage } from '@/lib/content';
import { breadcrumbJsonLd } from '@/lib/seo/structured-data';
import { tagPath } from '@/lib/routes';
import { routeParam } from '@/lib/site/route-param';
import { staticParams } from '@/lib/content/static-params';

export const dynamicParams = false;

// A Node server redirects any spelling of a tag (proxy.ts); a static export has no server, so it
// gets a small redirect page for each spelling authors used. Not on a case-insensitive disk, where
// `tags/Plasma/` would overwrite `tags/plasma/`.
const caseSensitiveDisk = !fs.existsSync(path.join(process.cwd(), 'PACKAGE.JSON'));
const exportAliases = process.env.STATIC_EXPORT === '1' && caseSensitiveDisk;

export const generateStaticParams = staticParams(() => {
  const tags = getAllTags().map((tag) => ({ tag: tag.slug }));
  return exportAliases ? [...tags, ...getTagAliases().map(({ alias }) => ({ tag: alias }))] : tags;
});

type Props = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = getTag(routeParam((await params).tag));
  if (!tag) return {};
  return pageMetadata({
    title: `Posts tagged “${tag.label}”`,
    description: `${tag.count === 1 ? '1 post' : `${tag.count} posts`} about ${tag.label}.`,
    path: tagPath(tag.slug),
    tagFeed: tag,
  });
}

export default async function TagPage({ params }: Props) {
  const param = routeParam((await params).tag);
  const alias = getTagAliases().find((entry) => entry.alias === param);
  if (alias) permanentRedirect(tagPath(alias.slug));
  const tag = getTag(param);
  const page = tag && getTagPage(tag.slug, 1);
  if (!tag || !page) notFound();
  const trail = [
    { name: 'Home', path: '/' },
    { name: 'Tags', path: '/tags' },
    { name: tag.label, path: tagPath(tag.slug) },
  ];
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(trail)} />
      <TagView tag={tag} page={page} />
    </>
  );
}
