/**
 * The knowledge graph: every entry, and every edge between entries, computed once per build from maps.
 * Pages ask it for their neighbours instead of scanning collections. Pure: it takes plain records, so
 * the content checker, the tests and the benchmark build it the same way the site does.
 */
import { citationAnchor } from '../markdown/citations';
import type { BodyScan } from '../markdown/scan';
import type { AtlasCollection } from '../schemas';
import type { RelationKind } from './relations';

/** `projects/kitex`: a collection and an id, the key of an entry in the graph. */
export type EntryKey = `${AtlasCollection}/${string}`;
export const keyOf = (collection: AtlasCollection, id: string): EntryKey => `${collection}/${id}`;

/**
 * The collection and id of a key, the inverse of `keyOf`. The key splits at its first slash: an id may
 * itself hold slashes (an entry in a nested folder, `guides/gc/tuning`, has the id `gc/tuning`).
 * A key without a slash is a programming error (every key comes from `keyOf`), so it throws.
 */
export function splitKey(key: EntryKey): { collection: AtlasCollection; id: string } {
  const i = key.indexOf('/');
  if (i < 0) throw new Error(`splitKey: "${key}" is not an entry key; keys are collection/id, as made by keyOf`);
  return { collection: key.slice(0, i) as AtlasCollection, id: key.slice(i + 1) };
}

/** A reference found in frontmatter, with the field it sits in (`relations[0].target`). */
export interface FoundRef {
  target: EntryKey;
  field: string;
}

/** What the graph needs to know about one entry. */
export interface GraphInput {
  collection: AtlasCollection;
  id: string;
  /** Validated frontmatter (references are `{ collection, id }`). */
  data: Record<string, unknown>;
  /** Links and citations of the body, if it has one. */
  scan?: BodyScan;
  /** Resolves a scanned link href to an entry key (or undefined when it points elsewhere). */
  linkTargets?: (EntryKey | undefined)[];
}

export interface Relation {
  kind: RelationKind;
  /** The entry on the other end. */
  other: EntryKey;
  /** true when declared on this entry, false when derived from the other end. */
  declared: boolean;
  source: EntryKey;
}

/** One sentence citing a source: on which page, the marker's anchor there, and the sentence itself. */
export interface CitingSentence {
  from: EntryKey;
  anchor: string;
  sentence: string;
}

export interface Graph {
  entries: Map<EntryKey, GraphInput>;
  /** Frontmatter references of an entry. */
  refsOf(key: EntryKey): FoundRef[];
  /** Typed relations of a project, declared and derived. */
  relationsOf(key: EntryKey): Relation[];
  /** Entries that link to or reference this one (sources and tags excluded: they have their own lists). */
  mentionedIn(key: EntryKey): EntryKey[];
  /** Sources of a page in reference-list order: inline citations first, then every other source it uses. */
  referencesOf(key: EntryKey): EntryKey[];
  /** Entries that use a source (cite it inline or list it). */
  citedBy(key: EntryKey): EntryKey[];
  /** The sentences that cite a source, page by page, each with the anchor of its marker. */
  citingSentences(key: EntryKey): CitingSentence[];
  /** Entries carrying a tag. */
  taggedWith(key: EntryKey): EntryKey[];
  /**
   * Entries that share tags or projects with this one, best first: each shared tag or project scores 1.
   * Large tags contribute at most `fanout` candidates, so the cost stays linear in the corpus.
   */
  relatedOf(key: EntryKey, limit?: number): EntryKey[];
  /** References whose target does not exist. */
  dangling: { from: EntryKey; ref: FoundRef }[];
}

const isRef = (v: unknown): v is { collection: AtlasCollection; id: string } =>
  typeof v === 'object' && v !== null && 'collection' in v && 'id' in v && Object.keys(v).length === 2;

/** Walks validated data and yields every reference with its field path. */
export function findRefs(data: unknown, path = ''): FoundRef[] {
  if (isRef(data)) return [{ target: keyOf(data.collection, data.id), field: path }];
  if (Array.isArray(data)) return data.flatMap((v, i) => findRefs(v, `${path}[${i}]`));
  if (typeof data === 'object' && data !== null) {
    return Object.entries(data).flatMap(([k, v]) => findRefs(v, path ? `${path}.${k}` : k));
  }
  return [];
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildGraph(inputs: GraphInput[]): Graph {
  const entries = new Map<EntryKey, GraphInput>();
  for (const e of inputs) entries.set(keyOf(e.collection, e.id), e);

  const refs = new Map<EntryKey, FoundRef[]>();
  const relations = new Map<EntryKey, Relation[]>();
  const mentions = new Map<EntryKey, Set<EntryKey>>();
  const references = new Map<EntryKey, EntryKey[]>();
  const citedBy = new Map<EntryKey, EntryKey[]>();
  const sentences = new Map<EntryKey, CitingSentence[]>();
  const tagged = new Map<EntryKey, EntryKey[]>();
  const dangling: Graph['dangling'] = [];

  const mention = (target: EntryKey, from: EntryKey) => {
    if (target === from || target.startsWith('sources/') || target.startsWith('tags/')) return;
    let set = mentions.get(target);
    if (!set) mentions.set(target, (set = new Set()));
    set.add(from);
  };

  for (const [key, e] of entries) {
    const found = findRefs(e.data);
    refs.set(key, found);
    const sources: EntryKey[] = [];
    for (const cite of e.scan?.citations ?? []) {
      sources.push(keyOf('sources', cite.id));
      if (cite.sentence) pushTo(sentences, keyOf('sources', cite.id), { from: key, anchor: citationAnchor(cite.id, cite.occurrence), sentence: cite.sentence });
    }
    for (const ref of found) {
      if (!entries.has(ref.target)) dangling.push({ from: key, ref });
      if (ref.target.startsWith('sources/')) sources.push(ref.target);
      else if (ref.target.startsWith('tags/')) pushTo(tagged, ref.target, key);
      else mention(ref.target, key);
    }
    for (const target of e.linkTargets ?? []) if (target) mention(target, key);
    const ordered = [...new Set(sources)];
    references.set(key, ordered);
    for (const s of ordered) pushTo(citedBy, s, key);

    const declared = (e.data as { relations?: { kind: RelationKind; target: { id: string }; source: { id: string } }[] })
      .relations;
    for (const r of declared ?? []) {
      const other = keyOf('projects', r.target.id);
      const source = keyOf('sources', r.source.id);
      pushTo(relations, key, { kind: r.kind, other, declared: true, source });
      pushTo(relations, other, { kind: r.kind, other: key, declared: false, source });
    }
  }

  const sorted = (list: Iterable<EntryKey> | undefined) => [...(list ?? [])].sort();
  const fanout = 200;
  const relatedOf = (key: EntryKey, limit = 5): EntryKey[] => {
    const scores = new Map<EntryKey, number>();
    for (const ref of refs.get(key) ?? []) {
      const t = ref.target;
      const peers = t.startsWith('tags/') ? tagged.get(t) : t.startsWith('projects/') ? [t, ...(mentions.get(t) ?? [])] : undefined;
      for (const peer of (peers ?? []).slice(0, fanout)) {
        if (peer !== key && !peer.startsWith('sources/') && !peer.startsWith('tags/')) scores.set(peer, (scores.get(peer) ?? 0) + 1);
      }
    }
    return [...scores].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).slice(0, limit).map(([k]) => k);
  };
  return {
    entries,
    dangling,
    refsOf: (key) => refs.get(key) ?? [],
    relationsOf: (key) => relations.get(key) ?? [],
    mentionedIn: (key) => sorted(mentions.get(key)),
    referencesOf: (key) => references.get(key) ?? [],
    citedBy: (key) => sorted(citedBy.get(key)),
    citingSentences: (key) => [...(sentences.get(key) ?? [])].sort((a, b) => a.from.localeCompare(b.from)),
    taggedWith: (key) => sorted(tagged.get(key)),
    relatedOf,
  };
}
