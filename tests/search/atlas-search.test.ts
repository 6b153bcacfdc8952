/**
 * Search over the real atlas: builds content/ as published and asks the Pagefind index what a Chinese
 * reader of the seed posts would type — the terms of the Chinese edition (issue 18) — and a few English
 * names. The fixture suite (search.test.ts) pins the ranking rules; this one proves they hold on the pages
 * readers actually get. Ranks are "among the first N" with N as small as the content allows today.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlLang } from '../../src/i18n/locales';
import { languageForQuery, type IndexPages } from '../../src/search/languages';
import { promoteExactTitles, resultBatch } from '../../src/search/results';
import { astroBuild } from '../helpers/astro';
import { indexedPages } from './indexed-text';
import { languages, type NodeSearch } from './pagefind-node';

let langs: ReturnType<typeof languages>;
let pages: Map<string, string>;
let indexPages: IndexPages;

beforeAll(() => {
  const build = astroBuild(path.resolve('content'), path.resolve('tests/.tmp/atlas-search'));
  if (build.code !== 0) throw new Error(`content/ did not build:\n${build.output}`);
  langs = languages(build.outDir);
  pages = indexedPages(build.outDir, 'zh');
  const entry = JSON.parse(readFileSync(path.join(build.outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  indexPages = Object.fromEntries(Object.entries(entry.languages).map(([k, v]) => [k, v.page_count]));
});
afterAll(() => langs?.close());

async function ranked(search: Promise<NodeSearch>, query: string): Promise<string[]> {
  const hits = await (await search).search(query, {}, 1000);
  const first = promoteExactTitles(query, hits.slice(0, resultBatch), (h) => h.title);
  return [...first, ...hits.slice(resultBatch)].map((h) => h.url);
}

/** [query, page expected, within the first N, why a reader types it] */
const chinese: [string, string, number, string][] = [
  ['字节跳动', '/zh/orgs/bytedance/', 1, 'the organisation behind Kitex and CloudWeGo'],
  ['蚂蚁集团', '/zh/orgs/ant-group/', 1, 'the organisation behind MOSN'],
  ['Kitex', '/zh/projects/kitex/', 1, 'a Latin project name on the Chinese index'],
  ['事件循环', '/zh/projects/gnet/', 2, 'event loop: gnet is the library the seeds name'],
  ['事件循环', '/zh/guides/event-loop-networking/', 2, 'event loop: the guide'],
  ['核查台账', '/zh/about/the-ledger/', 1, 'the ledger overview'],
  ['事实核查', '/zh/about/the-ledger/', 1, 'fact check: the overview before any single check'],
  ['Redis 客户端', '/zh/guides/redis-clients/', 1, 'Redis client, mixed scripts'],
  ['混沌测试', '/zh/claims/alibaba-cloud-chaos-test/', 1, 'chaos test: the invented Alibaba Cloud story'],
  ['分布式事务', '/zh/projects/tidb/', 1, 'distributed transactions'],
  ['goroutine 池', '/zh/guides/goroutine-pools/', 1, 'goroutine pool, the term the guide uses'],
  ['协程池', '/zh/guides/goroutine-pools/', 5, 'goroutine pool, the term the seed posts use'],
  ['Go 调度器', '/zh/guides/go-scheduler/', 3, 'the scheduler guide'],
  ['垃圾回收', '/zh/guides/gogc-gomemlimit/', 3, 'garbage collection'],
  ['对象池', '/zh/guides/sync-pool-allocation/', 3, 'object pool'],
  ['零拷贝', '/zh/guides/event-loop-networking/', 5, 'zero-copy'],
  ['服务网格', '/zh/cases/ant-group-mosn/', 3, 'service mesh: MOSN at Ant Group'],
  ['熔断', '/zh/claims/sentinel-go-flow-loadrules/', 3, 'circuit breaking: Sentinel Go'],
];

describe('the Chinese edition in search', () => {
  test.each(chinese)('“%s” ranks %s among the first %i: %s', async (query, url, top) => {
    const urls = await ranked(langs.use('zh-CN'), query);
    expect(urls.slice(0, top), `results: ${urls.slice(0, 6).join(' ')}`).toContain(url);
  });

  // Pagefind issue #1237: if index-time and query-time segmentation disagree, pages containing a word stop
  // matching it. The edition's own vocabulary must find every Chinese page that contains it.
  test.each(['字节跳动', '调度器', '垃圾回收', '协程池', '零拷贝', '服务网格', '连接池', '限流', '熔断', '事实核查', '编造'])(
    '“%s” finds every Chinese page that contains it',
    async (word) => {
      const expected = [...pages].filter(([url, text]) => url.startsWith('/zh/') && text.includes(word)).map(([url]) => url);
      expect(expected.length).toBeGreaterThan(0);
      const found = await ranked(langs.use('zh-CN'), word);
      expect(found).toEqual(expect.arrayContaining(expected));
    },
  );

  test('a Chinese query typed on an English page is answered from the Chinese index', async () => {
    expect(await ranked(langs.use('en'), '字节跳动')).toEqual([]);
    const lang = languageForQuery('字节跳动', 'en', indexPages);
    expect(lang).toBe('zh');
    expect((await ranked(langs.use(htmlLang[lang]), '字节跳动'))[0]).toBe('/zh/orgs/bytedance/');
  });
});

describe('the projects in English search', () => {
  test.each(['Kitex', 'tunny', 'gnet', 'MOSN', 'Envoy', 'fasthttp', 'goose', 'Koordinator', 'wazero', 'Shmipc'])(
    '“%s” puts its project page first',
    async (name) => {
      const urls = await ranked(langs.use('en'), name);
      expect(urls[0]).toBe(`/projects/${name.toLowerCase()}/`);
    },
  );
});
