/**
 * `npm run bench:search -- [--dist dist] [--lang en|zh-CN] [--runs 3] [query…]`: measures the built search of a
 * site — run `npm run build` first (or point --dist at another build, e.g. of the 1,000-entry corpus of
 * `npm run corpus -- --mode search`; docs/performance.md, "The corpus"). Reports:
 *   - the index on disk, per language;
 *   - the bytes a browser fetches for its first query, until the first results show: Pagefind's script
 *     (gzipped, as a web server sends it; Atlas runs Pagefind without its worker), the wasm and index files
 *     (stored gzipped already), the fragments of the first batch of results, and Atlas's own search code;
 *     then what the facets add (filter data, fetched after the results are on screen);
 *   - time to first results in Node once the index is loaded: search + the first batch's data, per query,
 *     with the median.
 *   - with `--browser`, the same first query typed into the search dialog in Chromium, key by key: every
 *     byte the page fetches from pressing `/` to the first results (text files counted gzipped), and the
 *     time from the last keystroke to the results (including the 120 ms typing pause).
 * Targets (issue 3): ≤ 150 KB for a first query, < 150 ms to first results, on a 1,000-page site.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { resultBatch } from '../src/search/results';
import { openSearch, type Fetched } from '../tests/search/pagefind-node';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1]! : fallback;
};
const dist = path.resolve(option('--dist', process.env.ATLAS_OUT_DIR ?? 'dist'));
const lang = option('--lang', 'en');
const runs = Number(option('--runs', '3'));
const inBrowser = args.includes('--browser') && Boolean(args.splice(args.indexOf('--browser'), 1));
const defaultQueries: Record<string, string[]> = {
  en: ['sync.Pool', 'GOMEMLIMIT', 'net/http', 'context.Context', 'GOGC=off', 'raft', 'latency', 'goroutine pool', 'service mesh', 'garbage collector', 'Kitex', 'benchmark'],
  'zh-CN': ['零拷贝', '协程池', '服务网格', '垃圾回收', '延迟', '内存', '框架', 'sync.Pool'],
};
const queries = args.length ? args : (defaultQueries[lang] ?? defaultQueries.en!);
const bundle = path.join(dist, 'pagefind');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
const size = (file: string) => statSync(file).size;
const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).byteLength;
/** What travels over the wire: Pagefind's own files are gzipped on disk; JS and JSON get gzipped by the server. */
const wire = (file: string) => (/\.(?:js|json)$/.test(file) ? gzipped(file) : size(file));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// 1. The index on disk.
const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { hash: string; page_count: number }>;
};
console.log(`Search bench: ${path.relative(process.cwd(), dist) || '.'}`);
console.log(`\nIndex on disk: ${kb(files(bundle).reduce((s, f) => s + size(f), 0))} in ${files(bundle).length} files`);
for (const [key, l] of Object.entries(entry.languages)) {
  const own = files(bundle).filter((f) => path.basename(f).startsWith(`${key}_`) || path.basename(f).startsWith(`pagefind.${key}_`));
  const by = (dir: string) => own.filter((f) => path.basename(path.dirname(f)) === dir).reduce((s, f) => s + size(f), 0);
  console.log(
    `  ${key.padEnd(6)} ${String(l.page_count).padStart(5)} pages: index ${kb(by('index'))}, fragments ${kb(by('fragment'))}, filters ${kb(by('filter'))}`,
  );
}

// 2. Bytes for a first query, as the search dialog makes it (search and the first batch's data, then the
//    facet data), each query on a fresh instance, as if it were the first thing a reader typed.
const scripts = wire(path.join(bundle, 'pagefind.js'));
const uiChunks = files(path.join(dist, '_astro')).filter((f) => /(?:controller|SearchTrigger|search-keys|preload-helper)[^/]*\.js$/.test(f));
const ui = uiChunks.reduce((s, f) => s + gzipped(f), 0);
const firstQuery: { q: string; parts: Record<string, number>; total: number; facets: number; ms: number }[] = [];
for (const q of queries) {
  const cold = await openSearch(dist, lang);
  cold.resetFetched();
  const t = performance.now();
  await cold.search(q, {}, resultBatch);
  const ms = performance.now() - t;
  const fetched: Fetched[] = [...cold.fetched];
  cold.resetFetched();
  await cold.filters();
  const facetBytes = cold.fetched.reduce((s, f) => s + f.bytes, 0);
  await cold.destroy();
  const group = (test: (f: string) => boolean) =>
    fetched.filter((f) => test(f.file)).reduce((s, f) => s + (f.file.endsWith('.json') ? wire(path.join(bundle, f.file)) : f.bytes), 0);
  const parts = {
    js: scripts,
    wasm: group((f) => f.startsWith('wasm.')),
    meta: group((f) => f.endsWith('.json') || f.endsWith('.pf_meta')),
    index: group((f) => f.startsWith('index/')),
    fragments: group((f) => f.startsWith('fragment/')),
  };
  firstQuery.push({ q, parts, total: Object.values(parts).reduce((a, b) => a + b, 0) + ui, facets: facetBytes, ms });
}
console.log(`\nFirst query on a fresh page (${lang}), KB over the wire until the first results show:`);
console.log(`  ${'query'.padEnd(22)}    js  wasm  meta index  frag     total (+ Atlas UI ${kb(ui)})   then facets`);
for (const f of firstQuery) {
  const p = f.parts;
  const cells = [p.js, p.wasm, p.meta, p.index, p.fragments].map((b) => (b / 1024).toFixed(1).padStart(5)).join(' ');
  console.log(`  ${f.q.padEnd(22)} ${cells}  = ${kb(f.total).padStart(9)}   + ${kb(f.facets)}   (cold start ${f.ms.toFixed(0)} ms)`);
}
const totals = firstQuery.map((f) => f.total);
console.log(`  median ${kb(median(totals))}, largest ${kb(Math.max(...totals))}   (target ≤ 150 KB)`);

// 3. Time to first results once the index is loaded.
const search = await openSearch(dist, lang);
await search.filters();
console.log(`\nTime to first results (search + data of the first ${resultBatch}), ${runs} run(s) each, index loaded:`);
const times: number[] = [];
for (const q of queries) {
  const perQuery: number[] = [];
  let hits = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    hits = (await search.search(q, {}, resultBatch)).length;
    perQuery.push(performance.now() - t);
  }
  times.push(perQuery[0]!); // the first run of a query fetches its index chunks: the figure that matters
  console.log(`  ${q.padEnd(22)} ${perQuery.map((ms) => `${ms.toFixed(1)} ms`).join(' / ').padEnd(28)} ${hits} shown`);
}
console.log(`  median of first runs: ${median(times).toFixed(1)} ms   (target < 150 ms)`);
await search.destroy();

// 4. In a browser, typed key by key.
if (inBrowser) {
  const { launchBrowser } = await import('../tests/helpers/browser');
  const { serveStatic } = await import('../tests/helpers/serve');
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  const home = lang === 'en' ? '/' : '/zh/';
  console.log(`\nIn Chromium on ${home}, typing each query into the dialog (60 ms a key): KB fetched from pressing / to the`);
  console.log('first results, and with the facets; ms from the last key to the results (includes the 120 ms typing pause)');
  const rows: { kb: number; ms: number }[] = [];
  for (const q of queries) {
    const page = await browser.newPage();
    await page.goto(server.url + home, { waitUntil: 'networkidle' });
    // Pagefind's own files are gzipped on disk; everything else is counted as a server would gzip it.
    const sizes: Promise<number>[] = [];
    page.on('response', (r) =>
      sizes.push(r.body().then((b) => (/\/pagefind\/(?!.*\.js)(?!.*\.json)/.test(r.url()) ? b.byteLength : gzipSync(b).byteLength), () => 0)),
    );
    await page.keyboard.press('/');
    await page.keyboard.type(q, { delay: 60 });
    const typed = performance.now();
    await page.waitForFunction(
      (query) => (document.querySelector('#search-dialog [data-search-status]')?.textContent ?? '').includes(`“${query}”`),
      q,
    );
    const ms = performance.now() - typed;
    const atResults = sizes.length;
    await page.waitForTimeout(600); // the facet data loads after the results are shown
    const all = await Promise.all(sizes);
    const toResults = all.slice(0, atResults).reduce((a, b) => a + b, 0);
    const withFacets = all.reduce((a, b) => a + b, 0);
    rows.push({ kb: toResults / 1024, ms });
    console.log(`  ${q.padEnd(22)} ${kb(toResults).padStart(9)}   with facets ${kb(withFacets).padStart(9)}   ${ms.toFixed(0).padStart(4)} ms`);
    await page.close();
  }
  console.log(`  median ${median(rows.map((r) => r.kb)).toFixed(1)} KB to first results, ${median(rows.map((r) => r.ms)).toFixed(0)} ms`);
  await browser.close();
  await server.close();
}
