/**
 * Search on a real build: builds the search fixture (tests/fixtures/search/content: English entries, most
 * with Chinese translations) and queries the generated Pagefind index in Node, ranked the way the search
 * interface ranks (Pagefind's order, exact titles first within the first batch).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContentTree } from '../../src/content-files/read';
import { promoteExactTitles, resultBatch } from '../../src/search/results';
import { astroBuild, type BuildResult } from '../helpers/astro';
import { indexedPages } from './indexed-text';
import { languages, type NodeSearch } from './pagefind-node';
import { queries } from './queries';

const content = path.resolve('tests/fixtures/search/content');
let build: BuildResult;
let langs: ReturnType<typeof languages>;
let pages: Map<string, string>;
/** The English and Chinese indexes, as searched from an English and a Chinese page. */
const en = () => langs.use('en');
const zh = () => langs.use('zh-CN');

beforeAll(async () => {
  build = astroBuild(content, path.resolve('tests/.tmp/search'));
  if (build.code !== 0) throw new Error(`the search fixture did not build:\n${build.output}`);
  langs = languages(build.outDir);
  pages = indexedPages(build.outDir);
});
afterAll(() => langs?.close());

/** Result URLs in the order readers see them. */
async function ranked(search: Promise<NodeSearch>, query: string): Promise<string[]> {
  const hits = await (await search).search(query, {}, 1000);
  const first = promoteExactTitles(query, hits.slice(0, resultBatch), (h) => h.title);
  return [...first, ...hits.slice(resultBatch)].map((h) => h.url);
}
const all = async (search: Promise<NodeSearch>, query: string | null, options = {}) =>
  (await (await search).search(query, options, 1000)).map((h) => h.url).sort();
/** Indexed pages whose text contains `needle`, case-insensitively. */
const containing = (needle: string, prefix: string) =>
  [...pages]
    .filter(([url, text]) => url.startsWith(prefix) && text.toLowerCase().includes(needle.toLowerCase()))
    .map(([url]) => url)
    .sort();

describe('the index', () => {
  test('logs how many pages each language holds', () => {
    expect(build.output).toMatch(/search index: 33 pages \(en 21, zh-cn 12\), \d+ KB, in \d+ ms/);
  });

  test('holds every entry page in English, and in Chinese only the translated ones', async () => {
    const tree = loadContentTree(content);
    const entryKinds = ['projects', 'orgs', 'cases', 'guides', 'claims'];
    const urls = (locale: 'en' | 'zh') =>
      tree.files
        .filter((f) => f.locale === locale && entryKinds.includes(f.collection))
        .map((f) => `${locale === 'zh' ? '/zh' : ''}/${f.collection}/${f.id}/`)
        .sort();
    expect(await all(en(), null)).toEqual(urls('en'));
    expect(await all(zh(), null)).toEqual(urls('zh'));
    expect(urls('zh')).not.toContain('/zh/projects/wharf/'); // untranslated: its Chinese page shows English text
  });

  test.each([
    ['Found an error', 'the footer'],
    ['Home', 'the breadcrumbs'],
    ['Mei', 'the reference list (an author of a cited source)'],
  ])('leaves out “%s”, which only %s contains', async (query) => {
    expect(await all(en(), query)).toEqual([]);
  });

  test('leaves out the summaries that relation and backlink lists repeat from other pages', async () => {
    // Skiff's summary ("one event loop per core") shows in Tern's relations; only Skiff itself says it.
    expect(await all(en(), 'per core')).toEqual(['/projects/skiff/']);
  });

  test('gives each result its title, summary and kind, and files it under facets from typed fields', async () => {
    const [tern] = await (await en()).search('Tern', { filters: { kind: 'project' } });
    expect(tern).toMatchObject({
      url: '/projects/tern/',
      title: 'Tern',
      kind: 'Project',
      summary: expect.stringMatching(/^A fictional RPC framework/),
      filters: { kind: ['project'], org: ['Northwind Labs'], category: ['rpc-framework'], tag: ['RPC', 'Networking'], lang: ['en'] },
    });
    const [claim] = await (await en()).search('GOGC=off', { filters: { kind: 'claim' } });
    expect(claim).toMatchObject({ kind: 'Fact check', filters: { kind: ['claim'], verdict: ['contradicted'], lang: ['en'] } });
    const [zhTern] = await (await zh()).search('Tern', { filters: { kind: 'project' } });
    expect(zhTern).toMatchObject({ kind: '项目', filters: { tag: ['RPC', '网络'], lang: ['zh'] } });
  });

  test('counts facet values over the whole index', async () => {
    const filters = await (await en()).filters();
    expect(filters.kind).toEqual({ project: 7, org: 2, case: 2, guide: 6, claim: 4 });
    expect(filters.verdict).toEqual({ confirmed: 1, contradicted: 2, unverified: 1 });
    expect(filters.org).toEqual({ 'Northwind Labs': 5, 'Lumen Foundation': 4 });
  });

  test('narrows results to the chosen facet values', async () => {
    expect(await all(en(), 'Tern', { filters: { kind: { any: ['claim', 'case'] } } })).toEqual([
      '/cases/tern-at-northwind/',
      '/claims/tern-default-http2/',
    ]);
  });

  test('orders dated entries newest first, and leaves undated ones out of that order', async () => {
    const hits = await (await en()).search(null, { sort: { date: 'desc' } }, 100);
    expect(hits.map((h) => h.url)).toEqual([
      '/claims/gogc-off-stops-gc/',
      '/claims/tern-default-http2/',
      '/cases/tern-at-northwind/',
      '/claims/heron-million-rps/',
      '/guides/gogc-gomemlimit/',
      '/claims/sync-pool-go-1-3/',
      '/guides/sync-pool/',
      '/guides/context-cancellation/',
      '/cases/heron-rollout/',
      '/guides/net-http-timeouts/',
      '/guides/goroutine-pools/',
      '/guides/zero-copy-reads/',
    ]);
  });

  test('points results at the sections that match', async () => {
    const [guide] = await (await en()).search('GOMEMLIMIT');
    expect(guide!.subResults.map((s) => s.url)).toContain('/guides/gogc-gomemlimit/#gomemlimit');
  });
});

describe('relevance', () => {
  test('covers at least 30 queries, 10 of them Chinese', () => {
    expect(queries.length).toBeGreaterThanOrEqual(30);
    expect(queries.filter((q) => q.lang === 'zh-CN').length).toBeGreaterThanOrEqual(10);
  });

  test.each(queries)('“$query” ($lang) ranks $expect in the top $top: $why', async ({ query, lang, expect: url, top }) => {
    const urls = await ranked(lang === 'en' ? en() : zh(), query);
    expect(urls.slice(0, top), `results: ${urls.slice(0, 5).join(' ')}`).toContain(url);
  });
});

describe('Go identifiers', () => {
  test.each(['sync.Pool', 'GOMEMLIMIT', 'net/http', 'context.Context', 'GOGC=off', 'http.Server'])(
    '“%s” finds exactly the pages that contain it as typed',
    async (identifier) => {
      const expected = containing(identifier, '/').filter((u) => !u.startsWith('/zh/'));
      expect(expected.length).toBeGreaterThan(0);
      expect(await all(en(), identifier)).toEqual(expected);
    },
  );

  test('“GOGC=off” does not match a page that says GOGC and, elsewhere, off', async () => {
    expect(pages.get('/cases/tern-at-northwind/')).toMatch(/GOGC at its default[\s\S]*logging off/);
    expect(await all(en(), 'GOGC=off')).not.toContain('/cases/tern-at-northwind/');
  });
});

describe('Chinese', () => {
  // Pagefind issue #1237: when index-time and query-time segmentation disagree, pages that contain a word
  // stop matching it. Every Chinese page containing the word must be found.
  test.each(['零拷贝', '协程池', '服务网格', '垃圾回收', '事件循环', '缓冲区', '工作协程', '内存限制', '中间件', '灰度发布', '边车', '对象池', '截止时间', '处理函数'])(
    '“%s” finds every Chinese page that contains it',
    async (word) => {
      const expected = containing(word, '/zh/');
      expect(expected.length).toBeGreaterThan(0);
      expect(await all(zh(), word)).toEqual(expect.arrayContaining(expected));
    },
  );

  test('an English page never returns Chinese pages, and the reverse', async () => {
    expect(await all(en(), '零拷贝')).toEqual([]);
    expect((await all(zh(), 'Tern')).every((u) => u.startsWith('/zh/'))).toBe(true);
  });
});
