import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';

const dist = inject('fixtureSite');
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');

describe('feeds and metadata', () => {
  test('each language has an RSS feed of its entries, linking to pages in that language', () => {
    const en = read('rss.xml');
    expect(en).toContain('<language>en</language>');
    expect(en).toContain('<link>https://go-atlas.github.io/cases/alpha-at-example/</link>');
    const zh = read('zh/rss.xml');
    expect(zh).toContain('<language>zh-CN</language>');
    expect(zh).toContain('<title>Beta</title>');
    expect(zh).toContain('https://go-atlas.github.io/zh/projects/beta/');
  });

  test('the sitemap lists every page with its translation, and robots.txt points at it', () => {
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain('<loc>https://go-atlas.github.io/projects/alpha/</loc>');
    expect(sitemap).toContain('hreflang="zh-CN" href="https://go-atlas.github.io/zh/projects/alpha/"');
    expect(sitemap).not.toContain('404');
    expect(read('robots.txt')).toContain('Sitemap: https://go-atlas.github.io/sitemap-index.xml');
  });

  test('entry pages carry canonical, alternate-language, OpenGraph and Twitter metadata', () => {
    const html = read('zh/projects/beta/index.html');
    expect(html).toContain('<link rel="canonical" href="https://go-atlas.github.io/zh/projects/beta/">');
    expect(html).toContain('<link rel="alternate" hreflang="en" href="https://go-atlas.github.io/projects/beta/">');
    expect(html).toContain('<meta property="og:image" content="https://go-atlas.github.io/og/zh/projects/beta.png">');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(read('zh/projects/alpha/index.html')).toContain('content="https://go-atlas.github.io/og/projects/alpha.png"');
  });

  test('a social card PNG exists for every article, and for each translated article', () => {
    const png = readFileSync(path.join(dist, 'og/projects/alpha.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    expect(existsSync(path.join(dist, 'og/zh/projects/beta.png'))).toBe(true);
    expect(existsSync(path.join(dist, 'og/zh/projects/alpha.png'))).toBe(false);
    expect(existsSync(path.join(dist, 'og/sources/alpha-repo.png'))).toBe(false);
  });
});
