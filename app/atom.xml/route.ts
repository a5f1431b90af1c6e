import { FEED_ITEM_LIMIT } from '@/lib/seo/feeds';
import { buildFeed, feedResponse } from '@/lib/seo/feeds';
import { getLatestPosts } from '@/lib/content';

export const dynamic = 'force-static';

export function GET() {
  return feedResponse(buildFeed(getLatestPosts(FEED_ITEM_LIMIT), { kind: 'site' }), 'atom');
}
