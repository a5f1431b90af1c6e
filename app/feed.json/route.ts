import { FEED_ITEM_LIMIT } from '@/lib/feed-links';
import { buildFeed, feedResponse } from '@/lib/feeds';
import { getLatestPosts } from '@/lib/posts';

export const dynamic = 'force-static';

export function GET() {
  return feedResponse(buildFeed(getLatestPosts(FEED_ITEM_LIMIT), { kind: 'site' }), 'json');
}
