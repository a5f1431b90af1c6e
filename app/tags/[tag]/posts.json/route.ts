import { getAllTags, getPostsByTag } from '@/lib/content';
import { toFilterEntry } from '@/lib/browser/tag-filter';
import { staticParams } from '@/lib/content/static-params';
import { routeParam } from '@/lib/site/route-param';

// A static JSON list per tag: the archive's tag filter fetches only the tags a reader picks,
// so no page ships the whole post list.
export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = staticParams(() => getAllTags().map((tag) => ({ tag: tag.slug })));

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const { tag } = await params;
  return Response.json(getPostsByTag(routeParam(tag)).map(toFilterEntry));
}
