import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArchiveView } from '@/components/ArchiveView';
import { getAllTags, getArchivePage } from '@/lib/posts';

export const metadata: Metadata = { title: 'Archive', description: 'Every post, by year and month.' };

export default function ArchivePage() {
  const page = getArchivePage(1);
  if (!page) notFound();
  return <ArchiveView page={page} tags={getAllTags()} />;
}
