import { feedResponse } from '../../views/feed-response';

/** Chinese feed at /zh/rss.xml. */
export const GET = feedResponse('zh');
