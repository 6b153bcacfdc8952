/**
 * Fonts for social cards, shipped in npm packages (no network at build): Noto Sans for Latin text and
 * Noto Sans SC for Chinese. Noto Sans SC comes split into ~100 files by Unicode range; a card loads only
 * the files whose ranges cover its text. Satori falls back across font families glyph by glyph.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

const require = createRequire(import.meta.url);
const scDir = path.dirname(require.resolve('@fontsource/noto-sans-sc/700.css'));
const latinDir = path.dirname(require.resolve('@fontsource/noto-sans/700.css'));

interface Face {
  file: string;
  ranges: [number, number][];
}

let faces: Face[] | undefined;
const loaded = new Map<string, Buffer>();

/** The @font-face blocks of Noto Sans SC 700, with their Unicode ranges. */
function scFaces(): Face[] {
  faces ??= [...readFileSync(path.join(scDir, '700.css'), 'utf8').matchAll(/url\(\.\/files\/([^)]+?\.woff)\) format\('woff'\);\s*unicode-range: ([^;]+);/g)].map(
    (m) => ({
      file: m[1]!,
      ranges: m[2]!.split(',').map((r) => {
        const [a, b] = r.trim().slice(2).split('-');
        return [parseInt(a!, 16), parseInt(b ?? a!, 16)] as [number, number];
      }),
    }),
  );
  return faces;
}

function read(file: string): Buffer {
  let data = loaded.get(file);
  if (!data) loaded.set(file, (data = readFileSync(file)));
  return data;
}

/** The fonts needed to draw `text`: Latin always, plus each Chinese subset that covers one of its characters. */
export function fontsFor(text: string): { fonts: CardFont[]; family: string } {
  const codes = new Set([...text].map((ch) => ch.codePointAt(0)!).filter((c) => c > 0x2000));
  const needed = scFaces().filter((f) => [...codes].some((c) => f.ranges.some(([a, b]) => c >= a && c <= b)));
  const fonts: CardFont[] = [
    { name: 'Noto Sans', data: read(path.join(latinDir, 'files/noto-sans-latin-400-normal.woff')), weight: 400, style: 'normal' },
    { name: 'Noto Sans', data: read(path.join(latinDir, 'files/noto-sans-latin-700-normal.woff')), weight: 700, style: 'normal' },
    ...needed.map((f, i) => ({ name: `Noto Sans SC ${i}`, data: read(path.join(scDir, 'files', f.file)), weight: 700 as const, style: 'normal' as const })),
  ];
  return { fonts, family: ['Noto Sans', ...needed.map((_, i) => `Noto Sans SC ${i}`)].map((n) => `'${n}'`).join(', ') };
}
