import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TagView } from '@/components/TagView';
import { pagedMetadata } from '@/lib/content/paged-route';
import { laterPageParams, orPageOne, pageFromParam } from '@/lib/content/pagination';
import { getAllTags, getTag, getTagPage } from '@/lib/content';
import { tagPath } from '@/lib/routes';
import { staticParams } from '@/lib/content/static-params';
import { routeParam } from '@/lib/site/route-param';

// Page 1 is `/tags/<tag>`; `/tags/<tag>/page/1` and pages past the last are 404.
export const dynamicParams = false;

export const generateStaticParams = staticParams(() => {
  const tags = getAllTags();
  const params = tags.flatMap((tag) => laterPageParams(tag.count).map(({ page }) => ({ tag: tag.slug, page })));
  return orPageOne(params, tags[0] && { tag: tags[0].slug, page: '1' });
});

type Props = { params: Promise<{ tag: string; page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag: slug, page } = await params;
  const tag = getTag(routeParam(slug));
  return tag ? pagedMetadata(`Posts tagged “${tag.label}”`, tagPath(tag.slug), page, { tagFeed: tag }) : {};
}

export default async function TagPageN({ params }: Props) {
  const { tag: slug, page: param } = await params;
  const tag = getTag(routeParam(slug));
  const page = tag && pageFromParam(param, (number) => getTagPage(tag.slug, number));
  if (!tag || !page) notFound();
  return <TagView tag={tag} page={page} />;
}
