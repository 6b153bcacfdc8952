/**
 * Prose resampled from real entries (see prose.ts): English sentences from `content/`, Chinese sentences
 * from the translations in `content/` and in the search fixture. Only sentences that stay plain text
 * wherever they land are kept: no MDX braces or tags, no links or brackets, no table pipes, no URLs,
 * balanced inline code, and a start that cannot open a list, heading or quote.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { bodyOfText } from '../../src/content-files/frontmatter';
import type { Prose } from './prose';
import type { Rng } from './random';

export interface SentencePool {
  english: string[];
  chinese: string[];
}

/** Content trees the sentences come from, relative to the project root. */
export const proseRoots = { english: ['content'], chinese: ['content', 'tests/fixtures/search/content'] };

/** Markdown files under `dir`, sorted, so the pool (and so the corpus) has one order. */
function markdownFiles(dir: string, translated: boolean): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.mdx?$/.test(d.name) && /\.zh\.mdx?$/.test(d.name) === translated)
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

/** The prose lines of an entry, as one string: no fences, headings, quotes, lists, tables or MDX statements. */
export function proseOf(text: string): string {
  return bodyOfText(text)
    .replace(/```[\s\S]*?```/g, '')
    .replace(/^(?:import|export) .*$/gm, '')
    .replace(/\s*\[@[^\]]+\]/g, '')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .split('\n')
    .filter((line) => line.trim() && !/^\s*(?:#|>|\||-|\*|\+|\d+\.)/.test(line))
    .join(' ');
}

const english = /(?<=[.!?])\s+/;
const chinese = /(?<=[。！？])/;

/** Whether a sentence is plain text in Markdown and MDX, whatever comes before or after it. */
export function plain(s: string): boolean {
  return (
    s.length >= 12 &&
    s.length <= 320 &&
    /^[\p{L}`"“(]/u.test(s) &&
    !/[{}<>[\]|\\]|:\/\/|\bTODO\b/.test(s) &&
    (s.match(/`/g)?.length ?? 0) % 2 === 0
  );
}

/** The whole sentences of an entry (ending in their full stop) that are plain text. */
export function sentencesOf(text: string, lang: 'en' | 'zh'): string[] {
  return proseOf(text)
    .split(lang === 'en' ? english : chinese)
    .map((s) => s.trim())
    .filter((s) => plain(s) && (lang === 'en' ? /[.!?]$/.test(s) : /[\u4e00-\u9fff]/.test(s) && /[。！？]$/.test(s)));
}

const pools = new Map<string, SentencePool>();

/** Reads the sentences once per process and set of roots. */
export function sentencePool(roots = proseRoots): SentencePool {
  const key = JSON.stringify(roots);
  let pool = pools.get(key);
  if (!pool) {
    const read = (dirs: string[], lang: 'en' | 'zh') =>
      dirs.flatMap((dir) => markdownFiles(dir, lang === 'zh')).flatMap((f) => sentencesOf(readFileSync(f, 'utf8'), lang));
    pool = { english: read(roots.english, 'en'), chinese: read(roots.chinese, 'zh') };
    if (!pool.english.length || !pool.chinese.length) {
      throw new Error(`resampled prose needs English and Chinese sentences; found ${pool.english.length} and ${pool.chinese.length} under ${key} (run from the project root)`);
    }
    pools.set(key, pool);
  }
  return pool;
}

/** Draws sentences until the text is about `size` units long (words or characters), at least one. */
function drawn(r: Rng, from: string[], size: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  for (let n = 0; ; ) {
    const s = r.pick(from);
    const m = measure(s);
    if (out.length && n + m / 2 > size) return out;
    out.push(s);
    n += m;
  }
}

const words = (s: string) => s.split(/\s+/).length;

export function resampled(pool: SentencePool = sentencePool()): Prose {
  return {
    sentence: (r) => r.pick(pool.english),
    paragraph: (r, count) => drawn(r, pool.english, 11 * count, words).join(' '),
    zhParagraph: (r, count) => drawn(r, pool.chinese, 14 * count, (s) => [...s].length).join(''),
  };
}
