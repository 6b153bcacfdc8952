/**
 * Fonts for headless Chromium, from npm packages only, so a page looks the same on every machine and
 * Chinese text renders with real glyphs where the system has no CJK font: Noto Sans, Noto Sans Mono and Noto Sans SC
 * (@fontsource, regular and bold) converted from WOFF to TrueType, which fontconfig reads, in a
 * fontconfig folder of their own that Chromium is pointed at with FONTCONFIG_FILE.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';

/**
 * WOFF 1.0 → sfnt (TrueType/OpenType): the same tables, inflated where the WOFF compressed them, behind
 * a standard table directory (W3C WOFF 1.0, section 5).
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const [offset, compLength, origLength] = [woff.readUInt32BE(at + 4), woff.readUInt32BE(at + 8), woff.readUInt32BE(at + 12)];
    const raw = woff.subarray(offset, offset + compLength);
    return { tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data: compLength < origLength ? inflateSync(raw) : raw };
  });
  const pow2 = 2 ** Math.floor(Math.log2(numTables));
  const padded = (n: number) => (n + 3) & ~3;
  const out = Buffer.alloc(12 + numTables * 16 + tables.reduce((n, t) => n + padded(t.data.length), 0));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(pow2 * 16, 6);
  out.writeUInt16BE(Math.log2(pow2), 8);
  out.writeUInt16BE(numTables * 16 - pow2 * 16, 10);
  let offset = 12 + numTables * 16;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    out.writeUInt32BE(t.tag, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += padded(t.data.length);
  });
  return out;
}

const require = createRequire(import.meta.url);
const families = ['@fontsource/noto-sans', '@fontsource/noto-sans-sc', '@fontsource/noto-sans-mono'];

/** Writes (once per machine) the TrueType files and a fonts.conf; returns the fonts.conf path. */
export function browserFontConfig(): string {
  const dir = path.join(os.tmpdir(), 'atlas-browser-fonts-v2');
  const conf = path.join(dir, 'fonts.conf');
  if (existsSync(conf)) return conf;
  mkdirSync(path.join(dir, 'ttf'), { recursive: true });
  for (const family of families) {
    const files = path.join(path.dirname(require.resolve(`${family}/package.json`)), 'files');
    for (const name of readdirSync(files).filter((f) => /-(400|700)-normal\.woff$/.test(f))) {
      writeFileSync(path.join(dir, 'ttf', name.replace(/\.woff$/, '.ttf')), woffToSfnt(readFileSync(path.join(files, name))));
    }
  }
  // Generic families resolve to Noto: the site's font stacks end in sans-serif, monospace or system-ui.
  const alias = (generic: string, first: string) => `<alias><family>${generic}</family><prefer><family>${first}</family><family>Noto Sans SC</family></prefer></alias>`;
  const aliases = [...['sans-serif', 'serif', 'system-ui'].map((g) => alias(g, 'Noto Sans')), alias('monospace', 'Noto Sans Mono')];
  writeFileSync(
    conf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${path.join(dir, 'ttf')}</dir>\n  <cachedir>${path.join(dir, 'cache')}</cachedir>\n  ${aliases.join('\n  ')}\n</fontconfig>\n`,
  );
  return conf;
}
