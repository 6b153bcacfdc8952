import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { corpusDigest, corpusStats, generateCorpus, writeCorpus } from '../../scripts/corpus';
import { parseCorpusArgs } from '../../scripts/corpus/args';
import { corpusCounts, isTranslated, linkTargets, planCorpus } from '../../scripts/corpus/plan';
import { plain, sentencePool } from '../../scripts/corpus/resampled';
import { checkContent } from '../../src/checks';

describe('synthetic corpus generator (npm run bench, npm run corpus)', () => {
  test('gives byte-identical corpora for the same size and seed', () => {
    const a = generateCorpus(60, { seed: 7 });
    const b = generateCorpus(60, { seed: 7 });
    expect([...a.files.keys()]).toEqual([...b.files.keys()]);
    expect(corpusDigest(a.files)).toBe(corpusDigest(b.files));
  });

  test('gives a different corpus for another seed', () => {
    expect(corpusDigest(generateCorpus(60, { seed: 7 }).files)).not.toBe(corpusDigest(generateCorpus(60, { seed: 8 }).files));
  });

  test('is pinned: a change to the generator changes this digest (update it on purpose, and say so in docs/performance.md)', () => {
    expect(corpusDigest(generateCorpus(40, { seed: 1 }).files).slice(0, 16)).toMatchInlineSnapshot(`"0010f00c00df1fb6"`);
  });

  test('scales every kind with N', () => {
    expect(corpusCounts(1000)).toEqual({
      entries: 1000,
      byKind: { projects: 300, orgs: 100, cases: 100, guides: 200, claims: 300 },
      sources: 500,
      tags: 25,
      translations: 200,
    });
    expect(() => corpusCounts(5)).toThrowErrorMatchingInlineSnapshot(`[Error: a synthetic corpus needs at least 10 entries (one of each kind and room for links), got 5]`);
  });

  test('links every entry to five others, never to itself, and chains them so none is an orphan', () => {
    const plan = planCorpus(120, 3);
    const linked = new Set<string>();
    for (const e of plan.entries) {
      const targets = linkTargets(plan, e);
      expect(targets).toHaveLength(5);
      expect(targets).not.toContain(e);
      for (const t of targets) linked.add(t.id);
    }
    expect(linked.size).toBe(plan.entries.length);
  });

  test('marks its prose as synthetic and carries every feature the benchmark needs', () => {
    const files = generateCorpus(30, { seed: 1 }).files;
    const project = files.get('projects/project-00001.md')!;
    expect(project).toContain('Synthetic entry pr00001 for benchmarks');
    expect(project).toMatch(/\[@source-\d{5}\]/);
    expect(project).toMatch(/\]\(\.\.\/\w+\/[\w-]+\.mdx?#\w+\)|\]\([\w-]+\.mdx?#\w+\)/);
    expect(project).toContain('```mermaid');
    expect(project).toContain('```go title="main.go"\npackage main');
    expect(project).toContain('```go fragment');
    expect(project).toContain('| Setting | Value | Effect |');
    expect(project).toContain('## 中文说明');
    expect(project).toContain('relations:');
    expect(files.get('cases/case-00001.mdx')).toContain('figures:');
    expect(files.get('projects/project-00001.zh.md')).toMatch(/^---\ntitle: "合成项目/);
    expect(files.get('tags.yaml')).toContain('labelZh:');
  });

  test('translates a share of the entries, spread evenly: 0.2 is every fifth', () => {
    expect(Array.from({ length: 1000 }, (_, i) => isTranslated(i, 0.2))).toEqual(Array.from({ length: 1000 }, (_, i) => i % 5 === 0));
    expect([0, 0.3, 1].map((share) => corpusCounts(1000, share).translations)).toEqual([0, 300, 1000]);
    expect(() => corpusCounts(100, 2)).toThrowErrorMatchingInlineSnapshot(`[Error: the translated share is between 0 and 1 (0.2: every fifth entry), got 2]`);
  });

  describe('search mode', () => {
    const bench = generateCorpus(30, { seed: 1, translated: 0.3 });
    const search = generateCorpus(30, { seed: 1, mode: 'search' });

    test('has the files, titles, references and links of the bench corpus, in entries the size of the site\'s', () => {
      expect(search.translated).toBe(0.3);
      expect([...search.files.keys()]).toEqual([...bench.files.keys()]);
      const structure = (text: string) => [
        ...text.split('\n').filter((l) => /^(title|headline|projects|orgs|tags|sources):/.test(l)),
        ...[...text.matchAll(/\]\([^)]+\)/g)].map((m) => m[0]),
      ];
      for (const [file, text] of search.files) expect(structure(text), file).toEqual(structure(bench.files.get(file)!));
      const project = search.files.get('projects/project-00001.md')!;
      expect(project).toContain('Synthetic entry pr00001 for benchmarks');
      expect(project).not.toContain('```');
      // The site's entries: ~350 words on average; the bench's articles: ~1,200.
      expect(corpusStats(search).wordsPerEntry).toBeGreaterThan(250);
      expect(corpusStats(search).wordsPerEntry).toBeLessThan(550);
    });

    test('writes sentences of the real content, English and Chinese', () => {
      const pool = sentencePool();
      const body = search.files.get('projects/project-00001.md')!.split('\n---\n')[1]!;
      expect(pool.english.some((s) => body.includes(s))).toBe(true);
      const zh = search.files.get('projects/project-00001.zh.md')!;
      expect(pool.chinese.some((s) => zh.includes(s))).toBe(true);
    });

    test.each([
      ['Go 1.19 added a soft memory limit, set with `runtime/debug.SetMemoryLimit`.', true],
      ['连接池回收空闲连接以减少内存占用。', true],
      ['A stray `backtick makes the rest code.', false],
      ['An MDX {expression} runs at build time.', false],
      ['A <Callout> is a component, not text.', false],
      ['See https://go.dev for the rest of it.', false],
      ['- a list item is not a sentence.', false],
      ['TODO write this sentence properly.', false],
      ['Too short.', false],
    ])('resamples %j: %s', (sentence, kept) => {
      expect(plain(sentence)).toBe(kept);
    });
  });

  test.each([
    [[], { entries: 1000, mode: 'bench', out: 'tests/.tmp/bench-corpus/content' }],
    [['--mode', 'search', '--entries', '200'], { entries: 200, mode: 'search', out: 'tests/.tmp/search-corpus/content' }],
    [['--translated', '0.5', '--seed', '7', '--out', 'x'], { translated: 0.5, seed: 7, out: 'x' }],
  ])('npm run corpus -- %j → %j', (argv, expected) => {
    expect(parseCorpusArgs(argv)).toMatchObject(expected);
  });

  test.each([
    [['--mode', 'fast'], '--mode is one of bench, search, got "fast"'],
    [['--entries', '5'], '--entries takes an integer of at least 10, got "5"'],
    [['--translated', '30%'], '--translated is a share between 0 and 1, got "30%"'],
    [['--out'], '--out needs a value'],
  ])('npm run corpus -- %j is refused: %s', (argv, message) => {
    expect(() => parseCorpusArgs(argv)).toThrow(message);
  });

  describe('on disk', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-gen-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test('writes exactly the generated bytes', () => {
      const corpus = generateCorpus(20, { seed: 5 });
      writeCorpus(corpus, dir);
      const onDisk = readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
        .sort();
      expect(onDisk).toEqual([...corpus.files.keys()]);
      for (const file of onDisk) expect(readFileSync(path.join(dir, file), 'utf8')).toBe(corpus.files.get(file));
    });

    test('refuses to write into the real content/', () => {
      expect(() => writeCorpus(generateCorpus(10, { seed: 1 }), 'content')).toThrow(/never touched/);
    });

    // The build refuses invalid content, so the generator must stay valid: schemas, links, anchors,
    // citations, tags, Mermaid, gofmt and go vet, and no warnings either.
    test('passes the content checker with no problems at all', async () => {
      const corpus = generateCorpus(24, { seed: 11 });
      const root = path.join(dir, 'valid');
      writeCorpus(corpus, root);
      const problems = await checkContent(root);
      expect(problems.map((p) => `${p.file}:${p.line} ${p.rule}: ${p.message}`)).toEqual([]);
    }, 60_000);

    test('passes it in search mode too, with sentences of the real content', async () => {
      const root = path.join(dir, 'search');
      writeCorpus(generateCorpus(24, { seed: 11, mode: 'search' }), root);
      const problems = await checkContent(root);
      expect(problems.map((p) => `${p.file}:${p.line} ${p.rule}: ${p.message}`)).toEqual([]);
    }, 60_000);
  });
});
