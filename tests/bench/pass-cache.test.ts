/**
 * The content gate's pass cache (src/checks/pass-cache.ts): rebuilds skip Mermaid and Go blocks that
 * passed before, unchanged, and never skip a block with a problem.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateCorpus, writeCorpus } from '../../scripts/corpus';
import { checkContent } from '../../src/checks';
import { openPassCache } from '../../src/checks/pass-cache';

const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-pass-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pass cache', () => {
  test('remembers passes per tool version, keeps only what the last run saw, and is off without a folder', () => {
    const cacheDir = path.join(dir, 'unit');
    const first = openPassCache(cacheDir, 'demo', 'tool 1');
    first.add('block a');
    first.add('block b');
    first.save();
    const second = openPassCache(cacheDir, 'demo', 'tool 1');
    expect([second.has('block a'), second.has('block c')]).toEqual([true, false]);
    second.save(); // only "block a" was seen this time
    expect(openPassCache(cacheDir, 'demo', 'tool 1').has('block b')).toBe(false);
    expect(openPassCache(cacheDir, 'demo', 'tool 2').has('block a')).toBe(false);
    const off = openPassCache(undefined, 'demo', 'tool 1');
    off.add('block a');
    expect(off.has('block a')).toBe(false);
  });

  test('the gate records passing Mermaid and Go blocks, and reports a broken block on every run', async () => {
    const root = path.join(dir, 'content');
    const cacheDir = path.join(dir, 'cache');
    const corpus = generateCorpus(12, { seed: 3 });
    writeCorpus(corpus, root);
    const distinct = (lang: string) =>
      new Set([...corpus.files.values()].flatMap((t) => [...t.matchAll(new RegExp(`^\`\`\`${lang}(.*)\n([\\s\\S]*?)\n\`\`\`$`, 'gm'))].map((m) => `${m[1]}|${m[2]}`))).size;
    const passedIn = (name: string) => (JSON.parse(readFileSync(path.join(cacheDir, 'content-check', `${name}.json`), 'utf8')) as { passed: string[] }).passed.length;

    expect(await checkContent(root, process.cwd(), { cacheDir })).toEqual([]);
    // Every distinct block is recorded once (a translation may repeat its entry's diagram or fragment).
    expect([passedIn('mermaid'), passedIn('go')]).toEqual([distinct('mermaid'), distinct('go')]);
    expect(distinct('mermaid')).toBeGreaterThan(10);

    const file = path.join(root, 'projects/project-00001.md');
    const text = readFileSync(file, 'utf8');
    const broken = text.replace(/^```go title="main.go"\npackage main\n/m, '```go title="main.go"\npackage main\n\nfunc  broken() {}\n');
    expect(broken).not.toBe(text);
    writeFileSync(file, broken.replace(/^flowchart LR$|^sequenceDiagram$/m, 'flowchat LR'));
    for (let run = 0; run < 2; run++) {
      const rules = (await checkContent(root, process.cwd(), { cacheDir })).map((p) => `${p.file.split('/').pop()} ${p.rule}`);
      expect(rules.sort()).toEqual(['project-00001.md gofmt', 'project-00001.md mermaid-syntax']);
    }
  }, 120_000);
});
