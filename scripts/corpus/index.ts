/**
 * The synthetic corpus generator, one for every user: `npm run bench` (the build benchmark),
 * `npm run corpus` (a corpus on disk, e.g. to measure search at scale with `npm run bench:search`) and
 * the tests. `generateCorpus(entries, { seed, mode })` returns every file of a content tree (path
 * relative to the content root → text), in a fixed order, so the same size, seed and mode (and in search
 * mode the same content/) always give the same bytes. `writeCorpus` puts it on disk; nothing here ever
 * touches the real `content/`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { entryFiles, sourceFile, tagsFile } from './entries';
import { article, note } from './layouts';
import { defaultTranslated, planCorpus, type CorpusCounts } from './plan';
import { proseFor, type ProseKind } from './prose';

const layouts = { article, note };

/**
 * What a corpus is for: a choice of prose, of body layout (layouts.ts) and of how many entries are
 * translated. Files, ids, frontmatter, links and citations are planned the same way in every mode.
 */
export const corpusModes = {
  /** The build benchmark: the issue's ~1,200-word articles in filler prose, so the bytes depend on nothing but size and seed; every fifth entry translated. */
  bench: { prose: 'filler', layout: 'article', translated: defaultTranslated },
  /** Search at scale: entries the size of the site's, in prose resampled from content/, so the index holds the site's words; three in ten translated. */
  search: { prose: 'resampled', layout: 'note', translated: 0.3 },
} as const satisfies Record<string, { prose: ProseKind; layout: keyof typeof layouts; translated: number }>;

export type CorpusMode = keyof typeof corpusModes;
export const isCorpusMode = (m: string): m is CorpusMode => Object.hasOwn(corpusModes, m);

export interface CorpusOptions {
  /** Generator seed (default 20261123). */
  seed?: number;
  /** Default `bench`. */
  mode?: CorpusMode;
  /** Share of entries with a Chinese translation, 0–1, instead of the mode's. */
  translated?: number;
}

export interface Corpus {
  counts: CorpusCounts;
  seed: number;
  mode: CorpusMode;
  translated: number;
  /** Relative path → file text, sorted by path. */
  files: Map<string, string>;
}

export const defaultSeed = 20261123;

export function generateCorpus(entries: number, { seed = defaultSeed, mode = 'bench', translated }: CorpusOptions = {}): Corpus {
  const share = translated ?? corpusModes[mode].translated;
  const plan = planCorpus(entries, seed, share);
  const prose = proseFor(corpusModes[mode].prose);
  const layout = layouts[corpusModes[mode].layout];
  const pairs: [string, string][] = [
    ...plan.entries.flatMap((e) => entryFiles(plan, e, prose, layout)),
    ...plan.sourceIds.map((id, i) => sourceFile(plan, id, i)),
    tagsFile(plan),
  ];
  pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { counts: plan.counts, seed, mode, translated: share, files: new Map(pairs) };
}

/** sha256 over every path and text, in order: equal digests mean byte-identical trees. */
export function corpusDigest(files: Map<string, string>): string {
  const h = createHash('sha256');
  for (const [file, text] of files) h.update(file).update('\0').update(text).update('\0');
  return h.digest('hex');
}

/** Writes the corpus under `dir` (emptied first). Refuses a directory that looks like the real content tree. */
export function writeCorpus(corpus: Corpus, dir: string): void {
  const abs = path.resolve(dir);
  if (abs === path.resolve('content') || abs.startsWith(path.resolve('content') + path.sep)) {
    throw new Error(`refusing to write a synthetic corpus into ${abs}: the real content/ is never touched`);
  }
  rmSync(abs, { recursive: true, force: true });
  for (const [file, text] of corpus.files) {
    const target = path.join(abs, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

/** Total size of the corpus in bytes, and words of English body text per entry (for the report). */
export function corpusStats(corpus: Corpus): { bytes: number; files: number; wordsPerEntry: number } {
  let bytes = 0;
  let words = 0;
  for (const [file, text] of corpus.files) {
    bytes += Buffer.byteLength(text);
    if (/\.mdx?$/.test(file) && !/\.zh\.mdx?$/.test(file)) {
      const prose = text.split('\n---\n').slice(1).join('\n').replace(/```[\s\S]*?```/g, '');
      words += prose.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;
    }
  }
  return { bytes, files: corpus.files.size, wordsPerEntry: Math.round(words / corpus.counts.entries) };
}

/** What `npm run corpus` and `npm run bench -- --generate-only` print about a corpus they wrote. */
export function corpusSummary(corpus: Corpus, dir: string) {
  const { counts, seed, mode, translated } = corpus;
  return { dir, mode, seed, translated, counts, ...corpusStats(corpus), sha256: corpusDigest(corpus.files) };
}
