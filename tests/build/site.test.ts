import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { loadContentTree } from '../../src/content-files/read';
import { astroBuild } from '../helpers/astro';
import { badCases } from '../helpers/bad-cases';
import { englishUiText, unmarkedEnglish } from '../helpers/english-ui';
import { fixtureContent, makeFixture } from '../helpers/fixture';

const outDir = inject('fixtureSite');
const page = (url: string) => readFileSync(path.join(outDir, url, 'index.html'), 'utf8');

describe('a good site', () => {
  test("Astro's store keeps rendered entries, not their Markdown (a third smaller; the dev server reloads it on each edit)", () => {
    const store = readFileSync(path.join(outDir, '..', '.astro-cache', 'data-store.json'), 'utf8');
    expect(store).toContain('Alpha sends requests over'); // the rendered text is there…
    expect(store).not.toContain('[Beta](beta.md) [@alpha-repo]'); // …the raw Markdown is not
  });

  test('every content file yields exactly one page, and no entry page exists without a file', () => {
    const tree = loadContentTree(fixtureContent);
    const expected = tree.files
      .filter((f) => f.locale === 'en')
      .map((f) => `${f.collection}/${f.id}`)
      .sort();
    const built = ['projects', 'orgs', 'cases', 'guides', 'claims', 'sources', 'tags'].flatMap((c) =>
      readdirSync(path.join(outDir, c), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => `${c}/${d.name}`),
    );
    expect(built.sort()).toEqual(expected);
    for (const key of expected) {
      expect(existsSync(path.join(outDir, key, 'index.html'))).toBe(true);
      expect(existsSync(path.join(outDir, 'zh', key, 'index.html'))).toBe(true);
    }
  });

  test('a Chinese page shows the translation when there is one, else the English text with a note', () => {
    const translated = page('zh/projects/beta');
    expect(translated).toContain('<html lang="zh-CN"');
    expect(translated).toContain('一个虚构的网络库');
    expect(translated).not.toContain('translation-note');
    const untranslated = page('zh/projects/alpha');
    expect(untranslated).toContain('<html lang="zh-CN"');
    expect(untranslated).toContain('本条目尚未翻译成中文');
    expect(untranslated).toMatch(/<div class="prose" lang="en">/);
  });

  test('a translation\'s headings keep the original\'s ids, so an #anchor means the same section in both languages', () => {
    expect(page('projects/beta')).toContain('<h2 id="design">Design</h2>');
    expect(page('zh/projects/beta')).toContain('<h2 id="design">设计</h2>');
  });

  test('the language switch links each page to its counterpart', () => {
    expect(page('projects/beta')).toMatch(/class="language-switch"[^]*?href="\/zh\/projects\/beta\/"/);
    expect(page('zh/projects/beta')).toMatch(/class="language-switch"[^]*?href="\/projects\/beta\/"/);
  });

  test('a relation shows on both projects, with the inverse label on the target', () => {
    expect(page('projects/alpha')).toMatch(/<h3>Built on<\/h3><ul><li><a href="\/projects\/beta\/">Beta<\/a>/);
    expect(page('projects/beta')).toMatch(/<h3>Foundation of<\/h3><ul><li><a href="\/projects\/alpha\/">Alpha<\/a>/);
  });

  test('backlinks list the entries that link to or reference a page', () => {
    const beta = page('projects/beta');
    const mentioned = beta.slice(beta.indexOf('id="mentioned-in"'));
    expect(mentioned).toContain('href="/orgs/example-org/"');
    expect(mentioned).toContain('href="/projects/alpha/"');
    expect(mentioned).toContain('href="/claims/beta-is-java/"');
    expect(page('cases/alpha-at-example')).toContain('id="mentioned-in"');
  });

  test('relative Markdown links become site URLs, anchors included', () => {
    expect(page('projects/alpha')).toContain('<a href="/cases/alpha-at-example/#results">case study</a>');
    expect(page('orgs/example-org')).toContain('<a href="/projects/beta/#design">Beta</a>');
  });

  test('citation markers are numbered like the reference list they link to', () => {
    const html = page('projects/alpha');
    const markers = [...html.matchAll(/href="#ref-([a-z0-9-]+)"[^>]*>\[(\d+)\]/g)].map((m) => [m[1], m[2]]);
    expect(markers).toEqual([
      ['alpha-repo', '1'],
      ['alpha-bench', '2'],
      ['alpha-repo', '1'],
    ]);
    expect(html).toContain('<li id="ref-alpha-repo" value="1">');
    expect(html).toContain('<li id="ref-alpha-bench" value="2">');
  });

  /** The figure table's markup without Astro's scoped-style attributes. */
  const figureTable = (id: string) => /<table class="figure-table"[\s\S]*?<\/table>/.exec(page(id).replace(/ data-astro-cid-\w+/g, ''))?.[0] ?? '';

  test('case figures render as a table, grouped under the conditions they were measured in, that cites the source of each number', () => {
    const table = figureTable('cases/alpha-at-example');
    expect(table).toContain('<th scope="rowgroup" colspan="4">4-CPU server, 1 KB echo</th>');
    expect(table).toContain(
      '<th scope="row">Alpha</th><td>QPS<span class="figure-run">concurrency 100</span></td><td class="num">228,437 QPS</td><td><a href="#ref-alpha-bench" aria-label="source 1">[1]</a></td>',
    );
  });

  test('values reported as of several dates are drawn as a time chart, and the table says as of when', () => {
    const html = page('cases/alpha-at-example');
    expect(html).toMatch(/<svg class="time-chart"[\s\S]*?1,000\+[\s\S]*?~8,000[\s\S]*?20,000\+[\s\S]*?<\/svg>/);
    expect(figureTable('cases/alpha-at-example')).toContain('<td>services on Alpha<span class="figure-run">as of Sept 2021</span></td><td class="num">~8,000 services</td>');
  });

  test('sources list the entries that cite them, and tags the entries that carry them', () => {
    expect(page('sources/alpha-bench')).toContain('href="/cases/alpha-at-example/"');
    expect(page('tags/networking')).toContain('href="/projects/beta/"');
  });

  test('claims show the verdict and, when contradicted, the correction', () => {
    expect(page('claims/beta-is-java')).toMatch(/verdict-contradicted[\s\S]*Beta is written in Go\./);
    expect(page('claims/alpha-serves-a-billion')).toContain('Atlas does not treat it as fact');
  });

  test('no link, heading or feed item anywhere shows a contradicted statement: they lead with what is true', () => {
    const statement = 'Beta is a Java library.';
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name)) : d.name.endsWith('.html') || d.name.endsWith('.xml') ? [path.join(dir, d.name)] : []));
    const offenders: string[] = [];
    for (const file of files(outDir)) {
      const html = readFileSync(file, 'utf8');
      // As link text, a heading, a page title, or a feed item's title: never.
      for (const m of html.matchAll(/<(a|h[1-6]|title)\b[^>]*>([\s\S]*?)<\/\1>/g)) if (m[2]!.includes('Java library')) offenders.push(`${path.relative(outDir, file)}: <${m[1]}> ${m[2]}`);
      // Anywhere else it stands inside a part marked as the claim.
      for (const m of html.matchAll(new RegExp(statement.replace(/\./g, '\\.'), 'g'))) {
        // Marked: the claim line of a list, the claim row of the verdict box, a link preview's claim field.
        const before = html.slice(Math.max(0, m.index - 120), m.index);
        const marked = /<span class="claimed-label">[^<]+<\/span> <q( lang="en")?>$|<dt[^>]*>(The claim|流传的说法)<\/dt><dd><q( lang="en")?>$|"c":"(The claim:|流传的说法：) $/.test(before);
        if (!marked) offenders.push(`${path.relative(outDir, file)}: unmarked at …${before.slice(-60)}`);
      }
    }
    expect(offenders).toEqual([]);
    expect(page('claims')).toMatch(/Contradicted<\/span>\s*<a href="\/claims\/beta-is-java\/">Beta is written in Go, not Java<\/a>/);
    expect(page('claims')).toContain('No public source for: Alpha serves a billion users');
  });

  test('a corrected page says so with the date and what changed, links its history, and the feed carries the correction', () => {
    const html = page('claims/alpha-is-go');
    expect(html).toMatch(/<h2 id="corrections">Corrections<\/h2>\s*<ul><li><strong>20 Nov 2026<\/strong>: The page said Alpha was written in Rust/);
    expect(html).toContain('/commits/main/');
    expect(readFileSync(path.join(outDir, 'rss.xml'), 'utf8')).toContain('Correction to Alpha is written in Go: The page said Alpha was written in Rust');
  });

  test('a source page lists the sentences that cite it, each linked to its marker', () => {
    const html = page('sources/beta-docs');
    expect(html).toMatch(/<a href="\/projects\/beta\/#cite-beta-docs-1">Beta runs one event loop per core\.<\/a>/);
    expect(page('projects/beta')).toContain('id="cite-beta-docs-1"');
  });

  test('references say when a work was published and when it was opened, with an archived copy', () => {
    expect(page('projects/beta')).toMatch(/published 2 May 2023; accessed 1 Nov 2026 \(<a href="https:\/\/web\.archive\.org\/web\/20261101\/https:\/\/example\.org\/beta\/docs">archived copy<\/a>\)/);
  });

  test('a fact check shows where its claim circulated, and that there is no public copy to link', () => {
    expect(page('claims/beta-is-java')).toContain('Circulated in Chinese-language blog posts, undated; no public copy that Atlas can cite.');
  });

  test('no Chinese page shows English interface text: labels, captions, accessible names and units are all Chinese', () => {
    const zhPages = readdirSync(path.join(outDir, 'zh'), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.html'))
      .map((d) => path.join(d.parentPath, d.name));
    expect(zhPages.length).toBeGreaterThan(20);
    const found = zhPages.flatMap((file) => englishUiText(readFileSync(file, 'utf8')).map((f) => `${path.relative(outDir, file)}: ${f}`));
    expect(found).toEqual([]);
  });

  test('English text on a Chinese page (an untranslated entry, a correction note) is marked lang="en" for screen readers', () => {
    const zhPages = readdirSync(path.join(outDir, 'zh'), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.html'))
      .map((d) => path.join(d.parentPath, d.name));
    const found = zhPages.flatMap((file) => unmarkedEnglish(readFileSync(file, 'utf8')).map((f) => `${path.relative(outDir, file)}: ${f}`));
    expect(found).toEqual([]);
    // Nothing Chinese is marked English: the untranslated page's UI stays in the page's language.
    expect(page('zh/projects/alpha')).toMatch(/<html lang="zh-CN"[\s\S]*<h1 lang="en">Alpha<\/h1>/);
    expect(page('zh/projects/beta')).not.toContain('<h1 lang="en"');
  });
});

describe('a site with bad content', () => {
  test.each(badCases)('fails the build on $name, naming file, line and rule', (bad) => {
    const fixture = makeFixture(`build-${bad.name.replace(/\W+/g, '-')}`);
    bad.mutate(fixture);
    const result = astroBuild(fixture.content, fixture.dir);
    expect(result.code).not.toBe(0);
    expect(result.output.split(path.relative(process.cwd(), fixture.content)).join('content')).toContain(bad.expect);
    expect(existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
  });
});
