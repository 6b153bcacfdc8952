import { feedResponse } from '../views/feed-response';

/** English feed at /rss.xml. */
export const GET = feedResponse('en');
