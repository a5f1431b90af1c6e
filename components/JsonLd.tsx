import { serializeJsonLd } from '@/lib/seo/structured-data';

type Props = { data: Record<string, unknown> | Record<string, unknown>[] };

/** Structured data for search engines, escaped so content can never close the script. */
export function JsonLd({ data }: Props) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
