import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TagView } from '@/components/TagView';
import { getAllTags, getTag, getTagPage } from '@/lib/posts';

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllTags().map((tag) => ({ tag: tag.slug }));
}

type Props = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = getTag((await params).tag);
  if (!tag) return {};
  return { title: `Posts tagged “${tag.label}”`, description: `${tag.count} posts about ${tag.label}.` };
}

export default async function TagPage({ params }: Props) {
  const tag = getTag((await params).tag);
  const page = tag && getTagPage(tag.slug, 1);
  if (!tag || !page) notFound();
  return <TagView tag={tag} page={page} />;
}
