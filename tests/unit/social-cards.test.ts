import { Resvg } from '@resvg/resvg-js';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cardSize, renderCard, resvgOptions } from '../../src/social/card';
import { cardContentOf, planCards, type CardEntry, type CardSource } from '../../src/social/catalog';
import { encodeOpaquePng } from '../../src/social/png';
import { renderCards } from '../../src/social/render-cards';
import { runCardRenderer } from '../../src/integrations/social-cards';
import { makeFixture } from '../helpers/fixture';

/** Decodes a PNG with resvg itself: draws it as an image filling an SVG of its size, returns the pixels. */
function decode(png: Buffer): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${cardSize.width}" height="${cardSize.height}"><image width="${cardSize.width}" height="${cardSize.height}" xlink:href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return new Resvg(svg, resvgOptions).render().pixels;
}

const kitex: CardEntry = { collection: 'projects', id: 'kitex', data: { title: 'Kitex', orgs: [{ org: { id: 'cloudwego' }, role: 'originated' }, { org: { id: 'bytedance' }, role: 'adopted' }] } };
const claim: CardEntry = { collection: 'claims', id: 'gc-pause', data: { title: 'Go GC pauses are 10 µs at 1 TB', verdict: 'contradicted', orgs: [{ id: 'bytedance' }] } };
const orgs: CardEntry[] = [
  { collection: 'orgs', id: 'cloudwego', data: { title: 'CloudWeGo' } },
  { collection: 'orgs', id: 'bytedance', data: { title: 'ByteDance' } },
];
const source = (zh: Record<string, string> = {}): CardSource => {
  const all = new Map([kitex, claim, ...orgs].map((e) => [`${e.collection}/${e.id}`, e]));
  return { entry: (key) => all.get(key), zhTitle: (key) => zh[key] };
};

describe('social cards', () => {
  test('a card is a valid PNG of exactly the pixels resvg drew', async () => {
    const content = { title: 'Kitex at ByteDance: 合成 RPC', kind: 'Case study', org: 'ByteDance', site: 'Go Atlas' };
    const png = await renderCard(content);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(cardSize.width);
    expect(png.readUInt32BE(20)).toBe(cardSize.height);
    const pixels = decode(png);
    // Re-encoding what we decoded gives the same file: the PNG holds the drawn pixels, byte for byte.
    expect(Buffer.compare(encodeOpaquePng(pixels, cardSize.width, cardSize.height), png)).toBe(0);
  });

  test('a long title stays inside the margins, and the organisation and site name stay on the card', async () => {
    const content = { title: 'Unverified: Kitex P99 8.3 ms versus gRPC-Go 14.7 ms at 50,000 QPS', kind: 'Fact check', org: 'ByteDance', site: 'Go Atlas' };
    const pixels = decode(await renderCard(content));
    /** Pixels brighter than the background (text) in a rectangle. */
    const bright = (x0: number, y0: number, x1: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (pixels[(y * cardSize.width + x) * 4]! > 150) n++;
      return n;
    };
    expect(bright(cardSize.width - 60, 20, cardSize.width, cardSize.height)).toBe(0); // the right margin is empty
    expect(bright(72, 500, 400, cardSize.height - 20)).toBeGreaterThan(100); // "ByteDance", bottom left
    expect(bright(900, 500, cardSize.width - 60, cardSize.height - 20)).toBeGreaterThan(100); // "Go Atlas", bottom right
  });

  test('the encoder refuses a bitmap with transparent pixels, whose premultiplied bytes PNG would misread', () => {
    const rgba = Buffer.alloc(2 * 2 * 4, 255);
    rgba[7] = 128;
    expect(() => encodeOpaquePng(rgba, 2, 2)).toThrow(/transparent pixels/);
    expect(() => encodeOpaquePng(Buffer.alloc(12), 2, 2)).toThrow(/is not 2×2 RGBA/);
  });

  test('a card names the originating organisation of a project, and a fact check leads with its verdict', () => {
    expect(cardContentOf(source(), 'projects/kitex', 'en')).toEqual({ title: 'Kitex', kind: 'Project', org: 'CloudWeGo', site: 'Go Atlas' });
    expect(cardContentOf(source(), 'claims/gc-pause', 'en').title).toBe('Contradicted: Go GC pauses are 10 µs at 1 TB');
    expect(cardContentOf(source(), 'claims/gc-pause', 'en').org).toBe('ByteDance');
  });

  test('articles get an English card, translated ones a Chinese card too; organisations and nothing else besides', () => {
    const plan = planCards(source({ 'projects/kitex': 'Kitex 框架' }), [kitex, claim, ...orgs, { collection: 'sources', id: 'x', data: { title: 'A source' } }]);
    expect(plan.map((c) => c.path)).toEqual([
      'og/projects/kitex.png',
      'og/zh/projects/kitex.png',
      'og/claims/gc-pause.png',
      'og/orgs/cloudwego.png',
      'og/orgs/bytedance.png',
    ]);
    expect(plan[1]!.content).toMatchObject({ title: 'Kitex 框架', kind: '项目' });
  });
});

describe('the card renderer', () => {
  test('draws each card once, reuses it from the cache after, and forgets cards no page uses', async () => {
    const fixture = makeFixture('card-renderer');
    const cacheDir = path.join(fixture.dir, 'cards');
    const first = await renderCards({ root: fixture.content, repoRoot: process.cwd(), cacheDir });
    expect(first.cards.map((c) => c.path)).toContain('og/zh/projects/beta.png');
    expect(first.cards.map((c) => c.path)).not.toContain('og/sources/alpha-repo.png');
    expect(first.drawn).toBe(first.cards.length);
    writeFileSync(path.join(cacheDir, 'stale0000000000000000000.png'), '');
    const again = await renderCards({ root: fixture.content, repoRoot: process.cwd(), cacheDir });
    expect([again.drawn, again.reused]).toEqual([0, first.cards.length]);
    expect(existsSync(path.join(cacheDir, 'stale0000000000000000000.png'))).toBe(false);
    expect(readdirSync(cacheDir)).toHaveLength(new Set(first.cards.map((c) => c.file)).size);
  });
});

describe('the build\'s card process', () => {
  test('reports a renderer that fails with its exit code and error, so the build fails saying why', async () => {
    const fixture = makeFixture('card-renderer-fails');
    const blocked = path.join(fixture.dir, 'not-a-folder');
    writeFileSync(blocked, 'a file where the cache folder should be');
    await expect(runCardRenderer({ root: fixture.content, repoRoot: process.cwd(), cacheDir: path.join(blocked, 'cards') })).rejects.toThrow(
      /social cards: the card renderer \(src\/social\/render-cards\.ts\) failed with exit code 1:[\s\S]*ENOTDIR/,
    );
  });
});
