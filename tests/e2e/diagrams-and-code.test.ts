/**
 * Diagrams and code blocks in a real browser (Debian Chromium), on the fixture site built by
 * tests/global-setup.ts: Mermaid figures draw lazily in both themes and redraw on toggle, a diagram that
 * fails shows its message in place, pages without diagrams load none of mermaid, and the copy button
 * works from the keyboard. The site's Content Security Policy is on, so a refused style shows up as a
 * console error here.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { launchBrowser } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/serve';

const diagramPage = '/guides/alpha-request-path/';
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(inject('fixtureSite'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  errors: string[];
  scripts: string[];
  close(): Promise<void>;
}

async function open(path: string, options: { colorScheme?: 'light' | 'dark'; width?: number; edit?: (html: string) => string } = {}): Promise<Opened> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: 800 },
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  const errors: string[] = [];
  const scripts: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('favicon')) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  if (options.edit) {
    const edit = options.edit;
    await page.route(server.url + path, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: edit(await response.text()) });
    });
  }
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  return { page, errors, scripts, close: () => context.close() };
}

/** Scrolls every diagram into range and waits until each is drawn (or has failed). */
async function drawAll(page: Page) {
  for (const figure of await page.locator('figure[data-mermaid]').all()) await figure.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    () => [...document.querySelectorAll<HTMLElement>('figure[data-mermaid]')].every((f) => ['drawn', 'failed'].includes(f.dataset.state ?? '')),
    null,
    { timeout: 30_000 },
  );
}

const diagrams = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('figure[data-mermaid]')].map((f) => {
      const svg = f.querySelector('.diagram-canvas svg');
      const node = svg?.querySelector('.node rect, .node polygon, rect.actor, .state-group rect, g rect');
      return {
        kind: f.dataset.diagramKind,
        state: f.dataset.state,
        theme: f.dataset.drawnTheme,
        name: svg?.getAttribute('aria-label'),
        fill: node ? getComputedStyle(node).fill : undefined,
        text: svg?.textContent ?? '',
      };
    }),
  );

describe('diagrams', () => {
  test.each(['light', 'dark'] as const)('a page with three diagram types draws each as an SVG in the %s theme', async (scheme) => {
    const { page, errors, close } = await open(diagramPage, { colorScheme: scheme });
    await drawAll(page);
    const drawn = await diagrams(page);
    expect(drawn.map((d) => [d.kind, d.state, d.theme, d.name])).toEqual([
      ['flowchart', 'drawn', scheme, 'Request path through Alpha'],
      ['sequence', 'drawn', scheme, 'Alpha call sequence'],
      ['state', 'drawn', scheme, 'State diagram'],
    ]);
    expect(drawn[0]!.text).toContain('缓存命中?');
    // The source stays available, folded, under each drawn diagram.
    expect(await page.locator('figure[data-mermaid] details.diagram-source-toggle pre').count()).toBe(3);
    // mermaid leaves nothing at the end of the page.
    expect(await page.evaluate(() => document.querySelectorAll('body > [id^="d"], body > svg').length)).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  test('toggling the theme redraws every diagram in the new theme', async () => {
    const { page, errors, close } = await open(diagramPage, { colorScheme: 'light' });
    await drawAll(page);
    const before = await diagrams(page);
    await page.locator('[data-theme-toggle]').click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLElement>('figure[data-mermaid]')].every((f) => f.dataset.drawnTheme === 'dark'),
    );
    const after = await diagrams(page);
    expect(after.map((d) => d.theme)).toEqual(['dark', 'dark', 'dark']);
    after.forEach((d, i) => expect(d.fill).not.toBe(before[i]!.fill));
    expect(errors).toEqual([]);
    await close();
  });

  test('a diagram that cannot be drawn shows the parser message in its own place', async () => {
    const { page, close } = await open(diagramPage, {
      edit: (html) => html.replace('Busy --&gt; Idle: reply', 'Busy --&gt;'),
    });
    await drawAll(page);
    const state = page.locator('figure[data-diagram-kind="state"]');
    expect(await state.getAttribute('data-state')).toBe('failed');
    expect(await state.locator('.diagram-error').textContent()).toMatch(/could not be drawn[\s\S]*Parse error on line 4/);
    expect(await state.locator('pre.diagram-source').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('body > [id^="d"], body > svg').length)).toBe(0);
    await close();
  });

  test('only pages with a diagram load mermaid, and only once a diagram is near', async () => {
    const isMermaid = (s: string) => /mermaid|dagre|MermaidDiagrams/i.test(s);
    for (const path of ['/guides/tuning-alpha/', '/projects/alpha/', '/cases/alpha-at-example/']) {
      const { scripts, close } = await open(path);
      expect(scripts.filter(isMermaid), path).toEqual([]);
      await close();
    }
    // Push the diagrams two screens down: the small loader comes with the page, mermaid only on approach.
    const { page, scripts, close } = await open(diagramPage, {
      edit: (html) => html.replace('<h2 id="diagrams">', '<div style="height: 3000px"></div><h2 id="diagrams">'),
    });
    expect(scripts.some((s) => /MermaidDiagrams/.test(s))).toBe(true);
    expect(scripts.filter((s) => /mermaid\.core/.test(s))).toEqual([]);
    await drawAll(page);
    expect(scripts.filter((s) => /mermaid\.core/.test(s))).toHaveLength(1);
    await close();
  });
});

describe('accessibility', () => {
  test.each(['light', 'dark'] as const)('drawn diagrams, code blocks and charts have no axe violations in the %s theme', async (scheme) => {
    for (const path of [diagramPage, '/cases/alpha-at-example/']) {
      const { page, close } = await open(path, { colorScheme: scheme });
      await drawAll(page);
      expect(await axeViolations(page), path).toEqual([]);
      await close();
    }
  });
});

describe('code blocks', () => {
  const copyBy = async (page: Page, index: number, key: 'Enter' | ' ') => {
    const pre = page.locator('[data-code-block] pre').nth(index);
    await pre.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('code-copy');
    await page.keyboard.press(key);
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Copied');
    return page.evaluate(() => navigator.clipboard.readText());
  };

  test('the copy button is reached by Tab, works with Enter and Space, and announces "Copied"', async () => {
    const { page, errors, close } = await open(diagramPage);
    expect(await page.locator('[data-copy-status]').getAttribute('aria-live')).toBe('polite');
    const goFile = await copyBy(page, 0, 'Enter');
    expect(goFile).toMatch(/^package main\n\nimport \(\n\t"fmt"/);
    expect(await page.locator('.code-copy').first().getAttribute('aria-label')).toBe('Copy code: main.go');
    const fragment = await copyBy(page, 1, ' ');
    expect(fragment).toBe('buf := pool.Get().(*bytes.Buffer)\nbuf.Reset()\ndefer pool.Put(buf)');
    const yaml = await copyBy(page, 3, 'Enter');
    expect(yaml).toBe('server:\n  workers: 8');
    expect(errors).toEqual([]);
    await close();
  });

  test('long lines scroll inside the block on a phone instead of widening the page', async () => {
    const { page, close } = await open(diagramPage, { width: 390 });
    const pre = page.locator('[data-code-block] pre').first();
    const { scrollWidth, clientWidth, whiteSpace } = await pre.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
      whiteSpace: getComputedStyle(el).whiteSpace,
    }));
    expect(whiteSpace).toBe('pre');
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await close();
  });
});
