/**
 * The reading experience in a real browser (headless Chromium, tests/helpers/browser.ts): accessibility of every page type in both
 * themes, the theme toggle, keyboard entry points, and a clean console (CSP violations show up there).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { launchBrowser } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/serve';

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

async function open(path: string, colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ colorScheme });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('favicon')) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  return { page, errors, close: () => context.close() };
}


const pageTypes = [
  '/',
  '/projects/',
  '/claims/',
  '/sources/',
  '/tags/',
  '/projects/alpha/',
  '/cases/alpha-at-example/',
  '/claims/beta-is-java/',
  '/sources/alpha-bench/',
  '/tags/rpc/',
  '/zh/',
  '/zh/projects/beta/',
  '/zh/projects/alpha/',
  '/404.html',
];

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test.each(pageTypes)(`%s has no axe violations in the ${scheme} theme and no console errors`, async (path) => {
      const { page, errors, close } = await open(path, scheme);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }
});

describe('theme', () => {
  test('follows the system until toggled, then remembers the choice', async () => {
    const { page, close } = await open('/projects/beta/', 'dark');
    const toggle = page.locator('[data-theme-toggle]');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await close();
  });
});

describe('keyboard', () => {
  test('the first Tab reaches the skip link, which moves focus to the content', async () => {
    const { page, close } = await open('/projects/alpha/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    const onTop = await page.evaluate(() => {
      const link = document.activeElement!;
      const r = link.getBoundingClientRect();
      return link.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
    });
    expect(onTop, 'the focused skip link is drawn above the sticky header, not hidden under it').toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
    await close();
  });

  test('the language switch is reachable by keyboard and opens the Chinese page', async () => {
    const { page, close } = await open('/projects/beta/');
    await page.locator('.language-switch a').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/zh/projects/beta/');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await close();
  });
});

describe('Chinese text', () => {
  test('renders with real glyphs, not boxes: two different characters draw differently, and neither is blank', async () => {
    const { page, close } = await open('/zh/');
    await page.evaluate(() => {
      for (const [id, ch] of [['glyph-a', '垃'], ['glyph-b', '圾'], ['glyph-blank', '\u00a0']]) {
        const span = document.createElement('span');
        span.id = id!;
        span.textContent = ch!;
        span.style.cssText = 'font-size:48px;display:inline-block;width:60px;height:60px;line-height:60px;background:#fff;color:#000';
        document.body.prepend(span);
      }
    });
    const [a, b, blank] = await Promise.all(['glyph-a', 'glyph-b', 'glyph-blank'].map((id) => page.locator(`#${id}`).screenshot()));
    await close();
    expect(a.equals(b), 'two different characters drew the same picture (missing-glyph boxes)').toBe(false);
    expect(a.equals(blank!), 'a Chinese character drew nothing').toBe(false);
  });
});

describe('the site header', () => {
  test('on a phone it takes at most two short rows, stays in view while reading, and anchors land below it', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(server.url + '/cases/alpha-at-example/', { waitUntil: 'networkidle' });
    const header = page.locator('.site-header');
    const height = (await header.boundingBox())!.height;
    expect(height, 'the header should be compact on a phone').toBeLessThanOrEqual(100);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'the nav scrolls inside its row').toBeLessThanOrEqual(390);

    const target = await page.evaluate(() => document.querySelector('main h2[id]')?.id);
    expect(target).toBeTruthy();
    await page.goto(`${server.url}/cases/alpha-at-example/#${target}`);
    await page.waitForFunction(() => window.scrollY > 0);
    const box = (await header.boundingBox())!;
    expect(box.y, 'the header stays at the top of the viewport after scrolling').toBe(0);
    const heading = (await page.locator(`[id="${target}"]`).boundingBox())!;
    expect(heading.y, 'the heading a link points at is not hidden under the header').toBeGreaterThanOrEqual(box.height);
    await context.close();
  });
});
