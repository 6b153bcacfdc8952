/**
 * Social card images (1200×630 PNG) for OpenGraph and Twitter: title, kind and organisation, drawn with
 * Satori (layout and glyphs to SVG paths) and rasterised by resvg. Rendered once per distinct content:
 * the PNG is cached on disk under its content hash, so an unchanged entry costs a file read on rebuild.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { fontsFor } from './fonts';
import { encodeOpaquePng } from './png';

export interface CardContent {
  title: string;
  /** "Project", "案例研究"… */
  kind: string;
  /** Organisation line, e.g. "ByteDance"; empty when there is none. */
  org: string;
  site: string;
}

/** Bump when the design or the encoding changes, so cached cards are redrawn. */
const designVersion = 3;
export const cardSize = { width: 1200, height: 630 } as const;

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const el = (type: string, style: Record<string, unknown>, children?: Node['props']['children']): Node => ({
  type,
  props: { style, children },
});

/** Title size that keeps long titles within three lines. */
export function titleSize(title: string): number {
  const width = [...title].reduce((w, ch) => w + (ch.codePointAt(0)! > 0x2e80 ? 1 : 0.55), 0);
  return width > 60 ? 48 : width > 36 ? 58 : 68;
}

function tree(c: CardContent, family: string): Node {
  return el(
    'div',
    { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', boxSizing: 'border-box', width: '100%', height: '100%', padding: '64px 72px', background: '#0f1419', color: '#e6edf3', fontFamily: family, borderTop: '16px solid #6cb6ff' },
    [
      el('div', { fontSize: 30, color: '#6cb6ff', letterSpacing: 1 }, c.kind),
      el('div', { fontSize: titleSize(c.title), fontWeight: 700, lineHeight: 1.2 }, c.title),
      el('div', { display: 'flex', justifyContent: 'space-between', fontSize: 30, color: '#9da7b3' }, [
        el('div', {}, c.org),
        el('div', { fontWeight: 700, color: '#e6edf3' }, c.site),
      ]),
    ],
  );
}

/**
 * resvg settings. Satori has already turned every glyph into a path, so resvg needs no fonts: by default
 * it scans the system's font folders on every `new Resvg()`, which was most of its render time
 * (benchmark, docs/performance.md). The PNG is byte-identical either way (tests/bench/hot-paths.test.ts).
 */
export const resvgOptions = {
  fitTo: { mode: 'width', value: cardSize.width },
  font: { loadSystemFonts: false },
} as const;

export async function renderCard(c: CardContent): Promise<Buffer> {
  const { fonts, family } = fontsFor(`${c.title}${c.kind}${c.org}${c.site}`);
  const svg = await satori(tree(c, family) as never, { ...cardSize, fonts });
  const image = new Resvg(svg, resvgOptions).render();
  return encodeOpaquePng(image.pixels, image.width, image.height);
}

/** The cache file of a card: its content and the design version decide the name. */
export function cardCacheFile(c: CardContent, cacheDir: string): string {
  const hash = createHash('sha256').update(JSON.stringify([designVersion, c])).digest('hex').slice(0, 24);
  return path.join(cacheDir, `${hash}.png`);
}

/** `renderCard` behind a disk cache keyed by the card's content and design version; `fresh` when drawn now. */
export async function cachedCardFile(c: CardContent, cacheDir: string): Promise<{ file: string; fresh: boolean }> {
  const file = cardCacheFile(c, cacheDir);
  if (existsSync(file)) return { file, fresh: false };
  const png = await renderCard(c);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, png);
  return { file, fresh: true };
}

/** The PNG of a card, from the cache or drawn now (the dev server's card route). */
export async function cachedCard(c: CardContent, cacheDir: string): Promise<Buffer> {
  return readFileSync((await cachedCardFile(c, cacheDir)).file);
}
