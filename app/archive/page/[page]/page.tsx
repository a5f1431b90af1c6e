import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArchiveView } from '@/components/ArchiveView';
import { laterPageParams, parsePageParam } from '@/lib/pagination';
import { getAllTags, getArchivePage, getPublishedPosts } from '@/lib/posts';

// Page 1 is `/archive`; `/archive/page/1` and pages past the last are 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return laterPageParams(getPublishedPosts().length);
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Archive, page ${(await params).page}` };
}

export default async function ArchivePageN({ params }: Props) {
  const number = parsePageParam((await params).page);
  const page = number === undefined ? undefined : getArchivePage(number);
  if (!page) notFound();
  return <ArchiveView page={page} tags={getAllTags()} />;
}
