/**
 * The knowledge graph of the site being built: loads every collection through Astro once, scans each
 * body once, and builds the graph once per build (memoised). Pages ask it for neighbours.
 * It also guards what Astro only logs: a dangling reference or an entry that failed to render.
 */
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { bodyOfFile } from '../content-files/body';
import { contentRoot } from '../content-files/layout';
import { scanBody } from '../markdown/scan';
import { allCollections, type AtlasCollection } from '../schemas';
import { buildGraph, keyOf, type EntryKey, type Graph } from './graph';
import { graphInputOf } from './graph-input';

export type AnyEntry = CollectionEntry<AtlasCollection>;
export type TranslationEntry = CollectionEntry<'translations'>;

export interface SiteGraph {
  graph: Graph;
  entry(key: EntryKey): AnyEntry | undefined;
  /** Entries of a collection, sorted by title. */
  list<C extends AtlasCollection>(collection: C): CollectionEntry<C>[];
  /** The Chinese translation of an entry, if one exists. */
  translation(key: EntryKey): TranslationEntry | undefined;
  /** Title of any entry (tags: their label). */
  titleOf(key: EntryKey): string;
  /** The Markdown body of an entry or translation, read once from its file ('' for data entries). */
  bodyOf(entry: { filePath?: string }): string;
}

let cached: Promise<SiteGraph> | undefined;

/** The graph of this build, computed on first use. */
export function getSiteGraph(): Promise<SiteGraph> {
  return (cached ??= loadSiteGraph());
}

function titleOfEntry(e: AnyEntry): string {
  return e.collection === 'tags' ? e.data.label : e.data.title;
}

async function loadSiteGraph(): Promise<SiteGraph> {
  const root = contentRoot();
  const lists = await Promise.all(allCollections.map((c) => getCollection(c)));
  const translations = await getCollection('translations');
  const byKey = new Map<EntryKey, AnyEntry>();
  const byCollection = new Map<AtlasCollection, AnyEntry[]>();
  allCollections.forEach((c, i) => {
    const sorted = [...lists[i]!].sort((a, b) => titleOfEntry(a).localeCompare(titleOfEntry(b)));
    byCollection.set(c, sorted);
    for (const e of sorted) byKey.set(keyOf(c, e.id), e);
  });

  const bodies = new Map<string, string>();
  const bodyOf = ({ filePath }: { filePath?: string }): string => {
    if (!filePath || !/\.mdx?$/.test(filePath)) return '';
    let body = bodies.get(filePath);
    if (body === undefined) bodies.set(filePath, (body = bodyOfFile(path.resolve(filePath))));
    return body;
  };

  const failed: string[] = [];
  const entries = [...byKey.values()].map((e) => {
    const body = bodyOf(e);
    const file = e.filePath ? path.resolve(e.filePath) : undefined;
    if (body?.trim() && file?.endsWith('.md') && !e.rendered?.html) failed.push(e.filePath!);
    const scan = body && file ? scanBody(body, file.endsWith('.mdx') ? 'mdx' : 'md') : undefined;
    return { collection: e.collection, id: e.id, data: e.data as Record<string, unknown>, file, scan };
  });
  if (failed.length) {
    throw new Error(`These entries failed to render (see the error logged above for each):\n  ${failed.join('\n  ')}`);
  }
  const graph = buildGraph(graphInputOf(entries, root));
  if (graph.dangling.length) {
    const lines = graph.dangling.map((d) => `  ${d.from}: ${d.ref.field} → ${d.ref.target} does not exist`);
    throw new Error(`Dangling references (run npm run check:content for fixes):\n${lines.join('\n')}`);
  }
  const translationOf = new Map<EntryKey, TranslationEntry>();
  for (const t of translations) translationOf.set(t.id.replace(/\.zh$/, '') as EntryKey, t);

  return {
    graph,
    entry: (key) => byKey.get(key),
    list: (collection) => (byCollection.get(collection) ?? []) as never,
    translation: (key) => translationOf.get(key),
    titleOf: (key) => {
      const e = byKey.get(key);
      return e ? titleOfEntry(e) : key;
    },
    bodyOf,
  };
}
