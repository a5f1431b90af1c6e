import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArchiveView } from '@/components/ArchiveView';
import { pageMetadata } from '@/lib/seo/metadata';
import { getAllTags, getArchivePage } from '@/lib/content';

export const metadata: Metadata = pageMetadata({ title: 'Archive', description: 'Every post, by year and month.', path: '/archive' });

export default function ArchivePage() {
  const page = getArchivePage(1);
  if (!page) notFound();
  return <ArchiveView page={page} tags={getAllTags()} />;
}
