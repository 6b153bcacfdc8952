/**
 * Build hook: indexes the built site with Pagefind's Node API after `astro build` has written every page,
 * logs how many pages each language index holds, and fails the build when indexing fails or finds nothing.
 *
 * Only entry pages carry `data-pagefind-body` (EntryPage.astro, when `view.search` is set), so navigation,
 * index pages and the search page itself stay out. Pagefind writes one index per `<html lang>`: `en` and `zh-cn`.
 * In `astro dev` there is no index of the pages being served; the dev server serves the last build's index
 * when there is one and says so, and the search dialog explains how to get one when there isn't.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { locales } from '../i18n/locales';
import { indexKey } from '../search/languages';

/**
 * Pagefind settings. `includeCharacters`: Pagefind drops punctuation from words, and splits `sync.Pool`,
 * `net/http` and `context.Context` into parts while also indexing the joined word, so those are found as
 * typed by default. `=` is not punctuation to Unicode (it is a maths symbol) and survives in the query but
 * not in the index: `GOGC=off` then ranks any page saying "GOGC" and "off" first. Keeping `=` in words makes
 * `GOGC=off` a term of its own (tests/search proves both).
 */
export const pagefindConfig = { includeCharacters: '=' } as const;

/**
 * Files of the Pagefind bundle Atlas never loads: the prebuilt UIs (Atlas talks to the JS API directly) and
 * the web worker (the search interface runs Pagefind on the main thread, see components/search/pagefind.ts).
 */
const unusedBundleFiles = /^pagefind-(?:ui|modular-ui|component-ui|highlight|worker)\b/;

export interface SearchIndexReport {
  /** Pages per Pagefind language key (`en`, `zh-cn`). */
  pages: Record<string, number>;
  /** Size of the written bundle on disk, in bytes. */
  bytes: number;
}

/**
 * Indexes the built site in `siteDir` and writes `siteDir/pagefind/`. Throws, with a fix, when it can't.
 * `config` is for tests that compare Pagefind settings.
 */
export async function buildSearchIndex(siteDir: string, config: pagefind.PagefindServiceConfig = pagefindConfig): Promise<SearchIndexReport> {
  const outputPath = path.join(siteDir, 'pagefind');
  if (!someFile(siteDir, (file) => file.endsWith('.html') && readFileSync(file, 'utf8').includes('data-pagefind-body'))) {
    // Without the marker on any page, Pagefind would index every page, navigation and index pages included.
    throw new Error(
      `search index: no page in ${siteDir} carries \`data-pagefind-body\`, so there is nothing to index.\n` +
        'Entry pages get it from EntryPage.astro when `view.search` is set (src/views/search-record.ts).\n' +
        'fix: check that the site has entries and that entry pages still render `data-pagefind-body`.',
    );
  }
  try {
    const { index, errors } = await pagefind.createIndex(config);
    if (!index) throw new Error(`search index: Pagefind did not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) {
      throw new Error(`search index: Pagefind could not read the built pages in ${siteDir}:\n  ${added.errors.join('\n  ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) {
      throw new Error(`search index: Pagefind could not write ${outputPath}:\n  ${written.errors.join('\n  ')}`);
    }
  } finally {
    await pagefind.close();
  }
  const pages = languagePageCounts(outputPath);
  if (Object.values(pages).reduce((a, b) => a + b, 0) === 0) {
    throw new Error(`search index: Pagefind wrote an index of 0 pages to ${outputPath}, although pages carry \`data-pagefind-body\`.`);
  }
  for (const file of readdirSync(outputPath)) if (unusedBundleFiles.test(file)) rmSync(path.join(outputPath, file));
  return { pages, bytes: directorySize(outputPath) };
}

/** Pages per language, from the `pagefind-entry.json` that Pagefind writes. */
function languagePageCounts(outputPath: string): Record<string, number> {
  const entryFile = path.join(outputPath, 'pagefind-entry.json');
  if (!existsSync(entryFile)) return {};
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
}

function someFile(dir: string, test: (file: string) => boolean): boolean {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).some(
    (d) => d.isFile() && test(path.join(d.parentPath, d.name)),
  );
}

function directorySize(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .reduce((sum, d) => sum + statSync(path.join(d.parentPath, d.name)).size, 0);
}

/** The log line of a finished index, and warnings for a site language with no pages or an unexpected one. */
export function describeIndex(report: SearchIndexReport, ms: number): { info: string; warnings: string[] } {
  const expected = locales.map(indexKey);
  const counts = expected.map((lang) => `${lang} ${report.pages[lang] ?? 0}`).join(', ');
  const total = Object.values(report.pages).reduce((a, b) => a + b, 0);
  const warnings = [
    ...expected
      .filter((lang) => !report.pages[lang])
      .map(
        (lang) =>
          `search index: no ${lang} pages. A Chinese page is indexed only when its entry has a translation ` +
          '(`<id>.zh.md`); until one exists, searches from Chinese pages show English results, and say so.',
      ),
    ...Object.keys(report.pages)
      .filter((lang) => !expected.includes(lang))
      .map((lang) => `search index: ${report.pages[lang]} page(s) declare <html lang="${lang}">, which is not a site language.`),
  ];
  const kb = Math.round(report.bytes / 1024);
  return { info: `search index: ${total} pages (${counts}), ${kb} KB, in ${ms} ms`, warnings };
}

export function searchIndex(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'atlas:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const report = await buildSearchIndex(fileURLToPath(dir));
        const { info, warnings } = describeIndex(report, Math.round(performance.now() - started));
        logger.info(info);
        for (const w of warnings) logger.warn(w);
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundle = path.join(outDir, 'pagefind');
        if (!existsSync(path.join(bundle, 'pagefind.js'))) {
          logger.info('search works on production builds: run `npm run build` and `npm run preview` (after one build, `astro dev` serves that index too)');
          return;
        }
        logger.info(`search: serving the index of the last build (${path.relative(process.cwd(), bundle)}); run \`npm run build\` to refresh it`);
        server.middlewares.use(`${base}pagefind`, (req, res, next) => {
          const file = path.join(bundle, decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname));
          if (!file.startsWith(bundle) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('content-type', file.endsWith('.js') ? 'text/javascript' : file.endsWith('.json') ? 'application/json' : 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}
