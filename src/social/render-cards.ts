/**
 * The build's card renderer, run as a process of its own (integrations/social-cards.ts starts it when
 * `astro build` starts): it loads content/ without Astro, plans every card (catalog.ts), draws the ones
 * its cache does not hold, and prints a manifest. Astro renders routes one after another on one thread;
 * drawing 1,200 cards there took a third of a 1,000-entry build, here it runs on the other core while
 * Astro loads, bundles and renders (docs/performance.md).
 *
 * Usage: node --import tsx src/social/render-cards.ts '{"root":"content","repoRoot":".","cacheDir":"…"}'
 * Prints one JSON line: { cards: [{ path, file }], drawn, reused, ms }.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadContentTree } from '../content-files/read';
import { keyOf, type EntryKey } from '../knowledge/graph';
import { schemasFor } from '../schemas';
import { plainReference } from '../schemas/plain-reference';
import { cachedCardFile } from './card';
import { planCards, type CardEntry, type CardSource } from './catalog';

export interface RenderRequest {
  root: string;
  repoRoot: string;
  cacheDir: string;
}

export interface RenderManifest {
  cards: { path: string; file: string }[];
  drawn: number;
  reused: number;
  ms: number;
}

const schemas = schemasFor(plainReference);

/**
 * Each drawn card leaves a 1200×630 RGBA bitmap (3 MB) in resvg's native memory, which V8 does not count,
 * and its finalizer runs only on a later turn of the event loop, which a loop of awaited promises never
 * yields: 1,200 cards grew the process to 4.4 GB. A collection every few cards, then one turn of the loop,
 * keeps it near 200 MB (the process runs with --expose-gc; without it only the turn happens).
 */
const gcEvery = 16;

async function collectBitmaps(): Promise<void> {
  globalThis.gc?.();
  await new Promise((resolve) => setImmediate(resolve));
}

/** Content as the catalog reads it. Invalid files are skipped: the content gate fails the build on them. */
export function loadCardSource(root: string, repoRoot: string): { source: CardSource; entries: CardEntry[] } {
  const entries = new Map<EntryKey, CardEntry>();
  const zh = new Map<EntryKey, string>();
  for (const f of loadContentTree(root, repoRoot).files) {
    if (f.syntaxError || f.collection === 'sources' || f.collection === 'tags') continue;
    const key = keyOf(f.collection, f.id);
    if (f.locale === 'zh') {
      const title = (f.data as { title?: unknown } | undefined)?.title;
      if (typeof title === 'string') zh.set(key, title);
      continue;
    }
    const parsed = schemas[f.collection].safeParse(f.data ?? {});
    if (parsed.success) entries.set(key, { collection: f.collection, id: f.id, data: parsed.data as CardEntry['data'] });
  }
  return { source: { entry: (key) => entries.get(key), zhTitle: (key) => (entries.has(key) ? zh.get(key) : undefined) }, entries: [...entries.values()] };
}

export async function renderCards({ root, repoRoot, cacheDir }: RenderRequest): Promise<RenderManifest> {
  const started = performance.now();
  const { source, entries } = loadCardSource(root, repoRoot);
  const cards: RenderManifest['cards'] = [];
  let drawn = 0;
  for (const card of planCards(source, entries)) {
    const { file, fresh } = await cachedCardFile(card.content, cacheDir);
    if (fresh && ++drawn % gcEvery === 0) await collectBitmaps();
    cards.push({ path: card.path, file });
  }
  // Forget cards no page uses any more, so the cache stays the size of the site.
  const kept = new Set(cards.map((c) => path.basename(c.file)));
  for (const name of readdirSync(cacheDir)) if (name.endsWith('.png') && !kept.has(name)) rmSync(path.join(cacheDir, name));
  return { cards, drawn, reused: cards.length - drawn, ms: Math.round(performance.now() - started) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const request = JSON.parse(process.argv[2] ?? '{}') as RenderRequest;
  process.stdout.write(`${JSON.stringify(await renderCards(request))}\n`);
}
