import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/JsonLd';
import { TagView } from '@/components/TagView';
import { pageMetadata } from '@/lib/seo/metadata';
import { getAllTags, getTag, getTagPage } from '@/lib/content';
import { breadcrumbJsonLd } from '@/lib/seo/structured-data';
import { tagPath } from '@/lib/routes';
import { staticParams } from '@/lib/content/static-params';

export const dynamicParams = false;

export const generateStaticParams = staticParams(() => getAllTags().map((tag) => ({ tag: tag.slug })));

type Props = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = getTag((await params).tag);
  if (!tag) return {};
  return pageMetadata({
    title: `Posts tagged “${tag.label}”`,
    description: `${tag.count === 1 ? '1 post' : `${tag.count} posts`} about ${tag.label}.`,
    path: tagPath(tag.slug),
    tagFeed: tag,
  });
}

export default async function TagPage({ params }: Props) {
  const tag = getTag((await params).tag);
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
