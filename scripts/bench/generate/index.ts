/**
 * The synthetic corpus generator: `generateCorpus(entries, seed)` returns every file of a content tree
 * (path relative to the content root → text), in a fixed order, so the same size and seed always give
 * the same bytes. `writeCorpus` puts it on disk; nothing here ever touches the real `content/`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { entryFiles, sourceFile, tagsFile } from './entries';
import { planCorpus, type CorpusCounts } from './plan';

export interface Corpus {
  counts: CorpusCounts;
  seed: number;
  /** Relative path → file text, sorted by path. */
  files: Map<string, string>;
}

export const defaultSeed = 20261123;

export function generateCorpus(entries: number, seed = defaultSeed): Corpus {
  const plan = planCorpus(entries, seed);
  const pairs: [string, string][] = [
    ...plan.entries.flatMap((e) => entryFiles(plan, e)),
    ...plan.sourceIds.map((id, i) => sourceFile(plan, id, i)),
    tagsFile(plan),
  ];
  pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { counts: plan.counts, seed, files: new Map(pairs) };
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
