/**
 * Remembers which code blocks passed a slow check (the Mermaid parse, gofmt and go vet), by a hash of the
 * block and of the tool's version, so a rebuild re-checks only the blocks that changed. On 1,000 entries
 * those two rules were most of the content gate's 14 s, on every build (docs/performance.md).
 *
 * Only passes are stored: a block with a problem is checked, and reported, every time. The file keeps
 * just the blocks seen in the last run, so it never grows past the content. Opt-in: the build passes
 * Astro's cache folder; `checkContent` without a cache folder (tests, `npm run check:content`) checks all.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface PassCache {
  /** The block passed this check before (same text, same tool version). */
  has(text: string): boolean;
  /** Records that the block passed. */
  add(text: string): void;
  /** Writes the blocks that passed in this run (known or new); nothing happens without a cache folder. */
  save(): void;
}

const disabled: PassCache = { has: () => false, add: () => {}, save: () => {} };

export function openPassCache(cacheDir: string | undefined, name: string, version: string): PassCache {
  if (!cacheDir) return disabled;
  const file = path.join(cacheDir, 'content-check', `${name}.json`);
  const key = (text: string) => createHash('sha256').update(version).update('\0').update(text).digest('base64url').slice(0, 22);
  let known = new Set<string>();
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { version?: string; passed?: string[] };
    if (data.version === version && Array.isArray(data.passed)) known = new Set(data.passed);
  } catch {
    /* no cache yet, or an unreadable one: check everything */
  }
  const passed = new Set<string>();
  return {
    has(text) {
      const k = key(text);
      if (!known.has(k)) return false;
      passed.add(k);
      return true;
    },
    add: (text) => void passed.add(key(text)),
    save() {
      mkdirSync(path.dirname(file), { recursive: true });
      // Write then rename, so a parallel build never reads half a file.
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ version, passed: [...passed].sort() }));
      renameSync(tmp, file);
    },
  };
}
