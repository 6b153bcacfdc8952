/**
 * A small in-memory `SiteGraph` for view-model tests: no Astro, no files. Entries are written as their
 * frontmatter is (references as plain ids), validated by the real schemas, and the graph is built from them
 * by the same `graphInputOf` the site and the checker use, so body links and citations count as they do
 * on the site. Projects, organisations, sources and tags that an entry names but the test does not declare
 * are made up from the builders' defaults, so a test declares only what it is about.
 */
import path from 'node:path';
import { buildGraph, findRefs, keyOf, splitKey, type EntryKey } from '../../src/knowledge/graph';
import { graphInputOf } from '../../src/knowledge/graph-input';
import type { AnyEntry, SiteGraph, TranslationEntry } from '../../src/knowledge/site-graph';
import { scanBody } from '../../src/markdown/scan';
import { schemasFor, type AtlasCollection } from '../../src/schemas';
import { plainReference } from '../../src/schemas/plain-reference';
import { translationSchemaFor } from '../../src/schemas/translation';

/** One entry as a test writes it: its frontmatter, and a Markdown body for the kinds that have one. */
export interface FakeEntry {
  collection: AtlasCollection;
  id: string;
  data: Record<string, unknown>;
  body?: string;
}

/** A Chinese translation of the entry `collection/id`: its translated frontmatter and body. */
export interface FakeTranslation {
  collection: AtlasCollection;
  id: string;
  data: Record<string, unknown>;
  body?: string;
}

/** Where the fake files would be, relative to the working directory (nothing is written there). */
export const fakeContent = 'fake-content';
const schemas = schemasFor(plainReference);
const title = (id: string) => id.replace(/(^|-)(\w)/g, (_, dash: string, c: string) => `${dash ? ' ' : ''}${c.toUpperCase()}`);

function validated(collection: string, id: string, schema: { safeParse(d: unknown): { success: boolean; data?: unknown; error?: unknown } }, data: unknown) {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`fake ${collection}/${id} does not match its schema: ${String(parsed.error)}`);
  return parsed.data as Record<string, unknown>;
}

const fileOf = (collection: AtlasCollection, id: string) =>
  collection === 'tags' ? `${fakeContent}/tags.yaml` : `${fakeContent}/${collection}/${id}.${collection === 'sources' ? 'yaml' : 'md'}`;

/** What an entry that a test names but does not declare is made of. */
const madeUp: Partial<Record<AtlasCollection, (id: string) => FakeEntry>> = {
  projects: (id) => project(id),
  orgs: (id) => org(id),
  sources: (id) => source(id),
  tags: (id) => tag(id),
};

export function fakeSite(entries: FakeEntry[], translations: FakeTranslation[] = []): SiteGraph {
  const bodies = new Map<string, string>();
  const byKey = new Map<EntryKey, AnyEntry>();
  const add = (e: FakeEntry) => {
    const filePath = fileOf(e.collection, e.id);
    if (e.body !== undefined) bodies.set(filePath, e.body);
    const data = validated(e.collection, e.id, schemas[e.collection], e.data);
    byKey.set(keyOf(e.collection, e.id), { id: e.id, collection: e.collection, data, filePath } as unknown as AnyEntry);
    return data;
  };
  const named = entries.flatMap((e) => findRefs(add(e)));
  // Made-up entries name sources of their own: make those up too, until nothing is missing.
  for (let ref = named.shift(); ref; ref = named.shift()) {
    if (byKey.has(ref.target)) continue;
    const { collection, id } = splitKey(ref.target);
    const make = madeUp[collection];
    if (!make) throw new Error(`fake site: ${ref.field} names ${ref.target}, which the test does not declare`);
    named.push(...findRefs(add(make(id))));
  }
  const translationOf = new Map<EntryKey, TranslationEntry>();
  for (const tr of translations) {
    const key = keyOf(tr.collection, tr.id);
    const filePath = `${fakeContent}/${key}.zh.md`;
    if (tr.body !== undefined) bodies.set(filePath, tr.body);
    const data = validated(tr.collection, `${tr.id}.zh`, translationSchemaFor(tr.collection), tr.data);
    translationOf.set(key, { id: `${key}.zh`, collection: 'translations', data, filePath } as unknown as TranslationEntry);
  }

  const bodyOf = ({ filePath }: { filePath?: string }) => (filePath && bodies.get(filePath)) || '';
  const root = path.resolve(fakeContent);
  const graph = buildGraph(
    graphInputOf(
      [...byKey.values()].map((e) => {
        const body = bodyOf(e);
        return { collection: e.collection, id: e.id, data: e.data as Record<string, unknown>, file: path.resolve(e.filePath!), scan: body ? scanBody(body, 'md') : undefined };
      }),
      root,
    ),
  );

  const titleOf = (key: EntryKey) => {
    const e = byKey.get(key);
    return !e ? key : e.collection === 'tags' ? (e.data as { label: string }).label : (e.data as { title: string }).title;
  };
  const lists = new Map<AtlasCollection, AnyEntry[]>();
  for (const e of byKey.values()) lists.set(e.collection, [...(lists.get(e.collection) ?? []), e]);
  for (const list of lists.values()) list.sort((a, b) => titleOf(keyOf(a.collection, a.id)).localeCompare(titleOf(keyOf(b.collection, b.id))));
  return {
    graph,
    entry: (key) => byKey.get(key),
    list: (collection) => (lists.get(collection) ?? []) as never,
    translation: (key) => translationOf.get(key),
    titleOf,
    bodyOf,
  };
}

// Builders: the smallest valid frontmatter of each kind, overridden field by field. Titles come from ids ("etcd-raft" → "Etcd Raft").

export const project = (id: string, fields: Record<string, unknown> = {}, body?: string): FakeEntry => ({
  collection: 'projects',
  id,
  data: {
    title: title(id),
    summary: `${title(id)} is a Go project that runs in production.`,
    repository: `example/${id}`,
    homepage: `https://example.org/${id}`,
    languages: ['go'],
    license: 'Apache-2.0',
    status: 'active',
    checked: '2026-01-15',
    category: 'networking',
    sources: [`${id}-repo`],
    ...fields,
  },
  body,
});

export const org = (id: string, fields: Record<string, unknown> = {}, body?: string): FakeEntry => ({
  collection: 'orgs',
  id,
  data: { title: title(id), summary: `${title(id)} builds and runs software in Go.`, website: `https://${id}.example`, country: 'CN', kind: 'company', sources: [`${id}-site`], ...fields },
  body,
});

export const caseStudy = (id: string, fields: Record<string, unknown> = {}, body?: string): FakeEntry => ({
  collection: 'cases',
  id,
  data: { title: title(id), summary: `How ${title(id)} moved its services to Go.`, orgs: [`${id}-org`], projects: [`${id}-project`], period: { from: '2021' }, updated: '2026-02-01', sources: [`${id}-talk`], ...fields },
  body,
});

export const guide = (id: string, fields: Record<string, unknown> = {}, body?: string): FakeEntry => ({
  collection: 'guides',
  id,
  data: { title: title(id), summary: `A guide to ${title(id)} for Go services.`, level: 'intermediate', goVersion: '1.22', projects: [], updated: '2026-02-01', sources: [`${id}-docs`], ...fields },
  body,
});

export const claim = (id: string, fields: Record<string, unknown> = {}, body?: string): FakeEntry => ({
  collection: 'claims',
  id,
  data: {
    headline: `${title(id)} holds`,
    statement: `It is said that ${title(id)} holds.`,
    circulated: { language: 'zh', medium: 'blog-post' },
    verdict: 'confirmed',
    checked: '2026-03-01',
    sources: [`${id}-evidence`],
    ...fields,
  },
  body,
});

export const source = (id: string, fields: Record<string, unknown> = {}): FakeEntry => ({
  collection: 'sources',
  id,
  data: { title: title(id), url: `https://example.org/${id}`, publisher: 'Example', published: '2024-05', accessed: '2026-01-10', language: 'en', kind: 'docs', ...fields },
});

export const tag = (id: string, fields: Record<string, unknown> = {}): FakeEntry => ({
  collection: 'tags',
  id,
  data: { label: title(id), labelZh: `${title(id)}（中文）`, description: `Entries about ${title(id)}.`, descriptionZh: `关于${title(id)}的条目。`, ...fields },
});

/** The Chinese translation of `entry`: title and summary (a fact check: headline and statement), and a body. */
export const zh = (entry: FakeEntry, data: Record<string, unknown>, body?: string): FakeTranslation => ({ collection: entry.collection, id: entry.id, data, body });
