/**
 * The dev server's card route (`/og/…png`), injected by integrations/social-cards.ts in `astro dev` only:
 * a production build draws cards in a process of its own (render-cards.ts) and copies them into the
 * output, so this route is never part of a build. Same catalog, same cache, same PNG.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import path from 'node:path';
import { getSiteGraph } from '../knowledge/site-graph';
import { entryCollections } from '../schemas';
import { cachedCard } from './card';
import { planCards, type CardEntry } from './catalog';
import { cardSource } from './site-source';

const cacheDir = path.resolve(process.env.ATLAS_CACHE_DIR ?? 'node_modules/.astro', 'social-cards');

export const getStaticPaths = (async () => {
  const site = await getSiteGraph();
  return planCards(cardSource(site), entryCollections.flatMap((c) => site.list(c) as CardEntry[])).map((card) => ({
    params: { card: card.path.slice('og/'.length, -'.png'.length) },
    props: { content: card.content },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await cachedCard((props as { content: Parameters<typeof cachedCard>[0] }).content, cacheDir);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
