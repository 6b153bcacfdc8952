/**
 * The shape of a synthetic corpus of `entries` Markdown entries: how many of each kind, their ids and
 * titles, and who links to, cites and tags whom. Pure arithmetic on indexes, so it is cheap and the
 * same for the same size. Sources and tags scale with the corpus (see `corpusCounts`).
 */
import { rng } from './random';
import { topic } from './text';

export type Kind = 'projects' | 'orgs' | 'cases' | 'guides' | 'claims';
export const kinds: readonly Kind[] = ['projects', 'orgs', 'cases', 'guides', 'claims'];

/** Share of each kind among the Markdown entries (claims take the remainder). */
const shares: Record<Exclude<Kind, 'claims'>, number> = { projects: 0.3, orgs: 0.1, cases: 0.1, guides: 0.2 };

export interface CorpusCounts {
  /** Markdown entries (the N of the benchmark): projects + orgs + cases + guides + claims. */
  entries: number;
  byKind: Record<Kind, number>;
  /** Source YAML files: one for every two entries. */
  sources: number;
  /** Tags in tags.yaml: one for every forty entries, at least six. */
  tags: number;
  /** Chinese translations: a share of the entries (by default every fifth; see `isTranslated`). */
  translations: number;
}

/** Share of entries translated unless a mode or option says otherwise: every fifth. */
export const defaultTranslated = 0.2;

/**
 * Whether the entry at position `global` has a Chinese translation, for a share in [0, 1]: spread evenly
 * (0.2 is every fifth entry, 0.3 three in every ten), in integer arithmetic so no rounding moves an entry.
 */
export function isTranslated(global: number, share: number): boolean {
  const perMille = Math.round(share * 1000);
  return (global * perMille) % 1000 < perMille;
}

export const minEntries = 10;

export function corpusCounts(entries: number, translated = defaultTranslated): CorpusCounts {
  if (!Number.isInteger(entries) || entries < minEntries) {
    throw new Error(`a synthetic corpus needs at least ${minEntries} entries (one of each kind and room for links), got ${entries}`);
  }
  if (!(translated >= 0 && translated <= 1)) throw new Error(`the translated share is between 0 and 1 (0.2: every fifth entry), got ${translated}`);
  const projects = Math.round(entries * shares.projects);
  const orgs = Math.max(1, Math.round(entries * shares.orgs));
  const cases = Math.max(1, Math.round(entries * shares.cases));
  const guides = Math.max(1, Math.round(entries * shares.guides));
  const claims = entries - projects - orgs - cases - guides;
  return {
    entries,
    byKind: { projects, orgs, cases, guides, claims },
    sources: Math.max(6, Math.ceil(entries / 2)),
    tags: Math.max(6, Math.round(entries / 40)),
    translations: Array.from({ length: entries }, (_, i) => i).filter((i) => isTranslated(i, translated)).length,
  };
}

const singular: Record<Kind, string> = { projects: 'project', orgs: 'org', cases: 'case', guides: 'guide', claims: 'claim' };
const label: Record<Kind, string> = { projects: 'project', orgs: 'organisation', cases: 'case study', guides: 'guide', claims: 'claim' };

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export interface PlannedEntry {
  kind: Kind;
  /** 1-based index within its kind. */
  index: number;
  /** Position in the whole corpus (0-based), the order links are laid out in. */
  global: number;
  id: string;
  /** `00042`: the entry's number as printed in its text. */
  tag: string;
  title: string;
  /** Path relative to the content root. */
  file: string;
  translated: boolean;
}

export interface CorpusPlan {
  counts: CorpusCounts;
  seed: number;
  entries: PlannedEntry[];
  byKind: Record<Kind, PlannedEntry[]>;
  sourceIds: string[];
  tagIds: string[];
}

export const sourceId = (i: number) => `source-${pad(i, 5)}`;
export const tagId = (i: number) => `tag-${pad(i, 4)}`;

export function planCorpus(entryCount: number, seed: number, translated = defaultTranslated): CorpusPlan {
  const counts = corpusCounts(entryCount, translated);
  const entries: PlannedEntry[] = [];
  const byKind = {} as Record<Kind, PlannedEntry[]>;
  for (const kind of kinds) {
    byKind[kind] = [];
    for (let index = 1; index <= counts.byKind[kind]; index++) {
      const id = `${singular[kind]}-${pad(index, 5)}`;
      const tag = `${kind.slice(0, 2)}${pad(index, 5)}`;
      const global = entries.length;
      const words = topic(rng(seed, `title/${kind}/${index}`));
      const e: PlannedEntry = {
        kind,
        index,
        global,
        id,
        tag,
        title: `Synthetic ${label[kind]} ${pad(index, 5)}: ${words}`,
        file: `${kind}/${id}.${kind === 'cases' ? 'mdx' : 'md'}`,
        translated: isTranslated(global, translated),
      };
      entries.push(e);
      byKind[kind].push(e);
    }
  }
  return {
    counts,
    seed,
    entries,
    byKind,
    sourceIds: Array.from({ length: counts.sources }, (_, i) => sourceId(i + 1)),
    tagIds: Array.from({ length: counts.tags }, (_, i) => tagId(i + 1)),
  };
}

/** Distances to the five entries each entry links to; +1 chains every entry, so none is an orphan. */
const linkSteps = [1, 7, 31, 101];

/** The five entries an entry links to from its body (never itself). */
export function linkTargets(plan: CorpusPlan, e: PlannedEntry): PlannedEntry[] {
  const n = plan.entries.length;
  const r = rng(plan.seed, `links/${e.global}`);
  const steps = [...linkSteps, 2 + r.int(n - 2)];
  return steps.map((s) => plan.entries[(e.global + (s % n || 1)) % n]!).map((t) => (t === e ? plan.entries[(e.global + 1) % n]! : t));
}

/** The three sources an entry cites; every source is cited by about six entries. */
export function sourcesOf(plan: CorpusPlan, e: PlannedEntry): string[] {
  const s = plan.sourceIds.length;
  return [...new Set([0, 1, 2].map((k) => plan.sourceIds[(e.global * 3 + k) % s]!))];
}

/** Two tags per entry. */
export function tagsOf(plan: CorpusPlan, e: PlannedEntry): string[] {
  const t = plan.tagIds.length;
  return [...new Set([plan.tagIds[e.global % t]!, plan.tagIds[(e.global * 7 + 3) % t]!])];
}

/** The `k`-th entry of a kind, counted from `from` and wrapping around. */
export function nth(plan: CorpusPlan, kind: Kind, from: number, k = 0): PlannedEntry {
  const list = plan.byKind[kind];
  return list[(from + k) % list.length]!;
}
