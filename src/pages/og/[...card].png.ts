import type { APIRoute, GetStaticPaths } from 'astro';
import path from 'node:path';
import { getSiteGraph } from '../../knowledge/site-graph';
import { entryCollections } from '../../schemas';
import { cachedCard } from '../../social/card';
import { keyOf, type EntryKey } from '../../knowledge/graph';
import { cardContent } from '../../views/social';
import type { Locale } from '../../i18n/locales';

const cacheDir = path.resolve(process.env.ATLAS_CACHE_DIR ?? 'node_modules/.astro', 'social-cards');

/**
 * One PNG per article (project, organisation, case, guide, fact check) in English, and one per translated
 * article in Chinese. Sources and tags are reference pages, rarely shared: they get none (a third fewer
 * cards to draw on a cold build; see docs/performance.md).
 */
export const getStaticPaths = (async () => {
  const site = await getSiteGraph();
  return entryCollections.flatMap((c) =>
    site.list(c).flatMap((e) => {
      const key = keyOf(c, e.id);
      const en = { params: { card: key }, props: { key, locale: 'en' as Locale } };
      return site.translation(key) ? [en, { params: { card: `zh/${key}` }, props: { key, locale: 'zh' as Locale } }] : [en];
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { key, locale } = props as { key: EntryKey; locale: Locale };
  const png = await cachedCard(cardContent(await getSiteGraph(), key, locale), cacheDir);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
