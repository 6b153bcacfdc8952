/**
 * The index build hook on tiny hand-written sites: how it fails, what it logs, what it writes, and why
 * `=` is kept in words. Pagefind runs for real; no Astro build is needed.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSearchIndex, describeIndex } from '../../src/integrations/search-index';
import { openSearch } from './pagefind-node';

function site(name: string, pages: Record<string, string>): string {
  const dir = path.resolve('tests/.tmp/search-unit', name);
  rmSync(dir, { recursive: true, force: true });
  for (const [url, html] of Object.entries(pages)) {
    mkdirSync(path.join(dir, url), { recursive: true });
    writeFileSync(path.join(dir, url, 'index.html'), html);
  }
  return dir;
}
const page = (lang: string, title: string, text: string, body = true) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><nav>Home</nav>` +
  `<main${body ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>${text}</p></main></body></html>`;

describe('building the index', () => {
  test('fails with a fix when no page carries data-pagefind-body', async () => {
    const dir = site('no-body', { '': page('en', 'Home', 'Welcome', false), guides: page('en', 'Guides', 'All guides', false) });
    await expect(buildSearchIndex(dir).catch((e: Error) => Promise.reject(new Error(e.message.replace(dir, '<site>'))))).rejects
      .toThrowErrorMatchingInlineSnapshot(`
      [Error: search index: no page in <site> carries \`data-pagefind-body\`, so there is nothing to index.
      Entry pages get it from EntryPage.astro when \`view.search\` is set (src/views/search-record.ts).
      fix: check that the site has entries and that entry pages still render \`data-pagefind-body\`.]
    `);
  });

  test('indexes only marked pages, one index per language, and writes only what the JS API needs', async () => {
    const dir = site('two-languages', {
      '': page('en', 'Home', 'Welcome to the atlas', false),
      'projects/tern': page('en', 'Tern', 'An RPC framework'),
      'zh/projects/tern': page('zh-CN', 'Tern', '一个 RPC 框架'),
    });
    const report = await buildSearchIndex(dir);
    expect(report.pages).toEqual({ en: 1, 'zh-cn': 1 });
    const files = readdirSync(path.join(dir, 'pagefind')).filter((f) => !/^(?:index|fragment|filter)$/.test(f));
    expect(files.map((f) => f.replace(/_[0-9a-f]+\./, '_<hash>.')).sort()).toEqual([
      'pagefind-entry.json',
      'pagefind.en_<hash>.pf_meta',
      'pagefind.js',
      'pagefind.zh-cn_<hash>.pf_meta',
      'wasm.en.pagefind',
      'wasm.unknown.pagefind',
    ]);
  });

  test('logs pages per language, and warns when a site language has none', () => {
    expect(describeIndex({ pages: { en: 1043 }, bytes: 3_400_000 }, 812)).toMatchInlineSnapshot(`
      {
        "info": "search index: 1043 pages (en 1043, zh-cn 0), 3320 KB, in 812 ms",
        "warnings": [
          "search index: no zh-cn pages. A Chinese page is indexed only when its entry has a translation (\`<id>.zh.md\`); until one exists, searches from Chinese pages show English results, and say so.",
        ],
      }
    `);
  });
});

describe('Go identifiers', () => {
  // Pagefind strips punctuation from words but also indexes the joined word, so `sync.Pool` or `net/http`
  // match as typed by default. `=` is a maths symbol, not punctuation: the query keeps it and the index
  // drops it, and `GOGC=off` degrades to "GOGC" and "off" anywhere on a page.
  const pages = {
    'guides/gc-off': page('en', 'Turning the collector off', 'With GOGC=off the collector waits for the memory limit.'),
    'guides/pacing': page('en', 'Pacing', 'GOGC sets the pace. GOGC is 100 by default. GOGC again. Switch logging off.'),
  };
  const search = async (dir: string, query: string) => {
    const s = await openSearch(dir, 'en');
    const urls = (await s.search(query)).map((h) => h.url);
    await s.destroy();
    return urls;
  };

  test('with Pagefind’s defaults, “GOGC=off” ranks a page that never says it first', async () => {
    const dir = site('identifiers-default', pages);
    await buildSearchIndex(dir, {});
    expect(await search(dir, 'GOGC=off')).toEqual(['/guides/pacing/', '/guides/gc-off/']);
  });

  test('keeping “=” in words makes “GOGC=off” find only the page that says it, while “GOGC” still finds both', async () => {
    const dir = site('identifiers-atlas', pages);
    await buildSearchIndex(dir);
    expect(await search(dir, 'GOGC=off')).toEqual(['/guides/gc-off/']);
    expect((await search(dir, 'GOGC')).sort()).toEqual(['/guides/gc-off/', '/guides/pacing/']);
  });
});
