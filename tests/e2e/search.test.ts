/**
 * Search in a real browser (Debian Chromium) on the search fixture, with the site's CSP on: nothing loads
 * until a search starts; the keyboard flow `/` → type → ↓ → Enter; facets; the language switch; the
 * /search/ page and its URL; the no-JavaScript fallback; and axe on the open dialog in both themes.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild } from '../helpers/astro';
import { axeViolations } from '../helpers/axe';
import { launchBrowser } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/serve';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const build = astroBuild(path.resolve('tests/fixtures/search/content'), path.resolve('tests/.tmp/search-e2e'));
  if (build.code !== 0) throw new Error(`the search fixture did not build:\n${build.output}`);
  server = await serveStatic(build.outDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(pathname: string, options: { colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('favicon')) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(server.url + pathname, { waitUntil: 'networkidle' });
  return { page, errors, requests, close: () => context.close() };
}

const dialog = '[data-search-dialog]';
const hits = (page: Page) => page.locator(`${dialog} .search-hit-link`);
const status = (page: Page, scope = dialog) => page.locator(`${scope} [data-search-status]`);

async function searchFor(page: Page, query: string) {
  await page.keyboard.press('/');
  await page.keyboard.type(query);
  await expect.poll(() => status(page).textContent()).toMatch(/result|结果/);
}

describe('the search dialog', () => {
  test('loads nothing for search until the reader starts one', async () => {
    const { page, requests, errors, close } = await open('/projects/tern/');
    expect(requests.filter((r) => r.startsWith('/pagefind/'))).toEqual([]);
    expect(requests.filter((r) => r.includes('controller'))).toEqual([]);
    await searchFor(page, 'tern');
    expect(requests).toContain('/pagefind/pagefind.js');
    expect(errors).toEqual([]);
    await close();
  });

  test('opens on /, shows results as you type, moves with ↓, and Enter opens the result', async () => {
    const { page, errors, close } = await open('/guides/sync-pool/');
    await page.keyboard.press('/');
    await expect.poll(() => page.locator(dialog).getAttribute('open')).toBe('');
    expect(await page.evaluate(() => document.activeElement?.matches('[data-search-input]'))).toBe(true);
    await page.keyboard.type('tern');
    await expect.poll(() => status(page).textContent()).toBe('4 results for “tern” in English pages');
    expect(await hits(page).first().textContent()).toBe('Tern Project');
    expect(await page.locator(`${dialog} .search-hit mark`).first().textContent()).toMatch(/tern/i);
    expect(await page.locator(`${dialog} .search-hit-sections a`).first().getAttribute('href')).toBe('/projects/tern/#design');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/projects/tern/');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await Promise.all([page.waitForURL('**/projects/tern/'), page.keyboard.press('Enter')]);
    expect(errors).toEqual([]);
    await close();
  });

  test('opens on Ctrl-K, closes on Esc and gives focus back to the header button', async () => {
    const { page, close } = await open('/');
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.locator(dialog).getAttribute('open')).toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(dialog).getAttribute('open')).toBe(null);
    await page.locator('[data-search-trigger]').click();
    await expect.poll(() => page.locator(dialog).getAttribute('open')).toBe('');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.matches('[data-search-trigger]'))).toBe(true);
    await close();
  });

  test('narrows results with facets that show counts', async () => {
    const { page, close } = await open('/');
    await searchFor(page, 'tern');
    const kind = page.locator(`${dialog} fieldset.search-facet`).filter({ hasText: 'Kind' });
    const labels = async () => (await kind.locator('label').allTextContents()).map((t) => t.trim());
    expect(await labels()).toEqual(['Case study 1', 'Fact check 1', 'Organisation 1', 'Project 1']);
    await kind.getByLabel(/Fact check/).check();
    await expect.poll(() => status(page).textContent()).toBe('1 result for “tern” in English pages');
    expect(await hits(page).allTextContents()).toEqual(["Contradicted Tern's default transport is its own framed protocol, not HTTP/2 Fact check"]);
    // The other kinds still show what adding them would give.
    expect(await labels()).toContain('Case study 1');
    await page.locator(`${dialog} [data-search-clear]`).click();
    await expect.poll(() => hits(page).count()).toBe(4);
    await close();
  });

  test('searches the Chinese index from a Chinese page, and switches to English and back', async () => {
    const { page, errors, close } = await open('/zh/projects/skiff/');
    await searchFor(page, '零拷贝');
    expect(await status(page).textContent()).toBe('在中文页面中找到 2 条“零拷贝”的结果');
    expect(await hits(page).first().getAttribute('href')).toBe('/zh/guides/zero-copy-reads/');
    // With the English scope chosen, a query in Chinese still searches the Chinese pages, and says so.
    await page.locator(`${dialog} [data-search-lang][value="en"]`).check();
    await expect.poll(() => status(page).textContent()).toBe('查询是中文，因此搜索的是中文页面。 在中文页面中找到 2 条“零拷贝”的结果');
    expect(await hits(page).first().getAttribute('href')).toBe('/zh/guides/zero-copy-reads/');
    await page.locator(`${dialog} [data-search-input]`).fill('zero-copy');
    await expect.poll(() => hits(page).first().getAttribute('href')).toBe('/guides/zero-copy-reads/');
    await page.locator(`${dialog} [data-search-lang][value="zh"]`).check();
    await page.locator(`${dialog} [data-search-input]`).fill('事件循环');
    await expect.poll(() => hits(page).first().getAttribute('href')).toBe('/zh/projects/skiff/');
    expect(errors).toEqual([]);
    await close();
  });

  test('finds the Chinese pages for a query typed in Chinese on an English page', async () => {
    const { page, errors, close } = await open('/');
    await searchFor(page, '零拷贝');
    await expect.poll(() => status(page).textContent()).toBe('Your query is in Chinese, so this searches Chinese pages. 2 results for “零拷贝” in Chinese pages');
    expect(await hits(page).first().getAttribute('href')).toBe('/zh/guides/zero-copy-reads/');
    expect(errors).toEqual([]);
    await close();
  });

  test.each(['light', 'dark'] as const)('has no axe violations when open with results (%s theme)', async (colorScheme) => {
    const { page, close } = await open('/', { colorScheme });
    await searchFor(page, 'tern');
    await page.locator(`${dialog} fieldset.search-facet`).first().waitFor();
    expect(await axeViolations(page, dialog)).toEqual([]);
    await close();
  });
});

describe('the search page', () => {
  test('restores a shared search from its URL and keeps the URL in step', async () => {
    const { page, errors, close } = await open('/search/?q=pool&kind=guide');
    const scope = '[data-search-panel="page"]';
    await expect.poll(() => status(page, scope).textContent()).toBe('3 results for “pool” in English pages');
    expect((await page.locator(`${scope} .search-hit-link`).allTextContents()).sort()).toEqual([
      'Reusing memory with sync.Pool Guide',
      'Sizing a goroutine pool Guide',
      'Zero-copy reads Guide',
    ]);
    expect(await page.locator(`${scope} input[data-facet="kind"][value="guide"]`).isChecked()).toBe(true);
    await page.locator(`${scope} [data-search-input]`).fill('raft');
    // Unticking the last guide filter removes the facet (one kind left), so click rather than uncheck().
    await page.locator(`${scope} input[data-facet="kind"][value="guide"]`).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=raft');
    // The header button focuses this page's field instead of opening a second search.
    await page.keyboard.press('Control+k');
    expect(await page.locator(dialog).getAttribute('open')).toBe(null);
    expect(errors).toEqual([]);
    await close();
  });

  test('without JavaScript, says so and links to the index pages', async () => {
    const { page, close } = await open('/zh/search/', { javaScriptEnabled: false });
    expect(await page.locator('.search-noscript').textContent()).toContain('搜索需要 JavaScript');
    expect(await page.locator('.search-index-links a').first().getAttribute('href')).toBe('/zh/projects/');
    // Every index is there, sources and tags too.
    expect(await page.locator('.search-index-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      expect.arrayContaining(['/zh/claims/', '/zh/sources/', '/zh/tags/']),
    );
    expect(await page.locator('[data-search-panel="page"]').isVisible()).toBe(false);
    expect(await page.locator('a[data-search-fallback]').getAttribute('href')).toBe('/zh/search/');
    expect(await page.locator('a[data-search-fallback]').isVisible()).toBe(true);
    await close();
  });
});
