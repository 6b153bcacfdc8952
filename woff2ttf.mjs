import { readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
// WOFF 1.0 → sfnt: header, table directory, then each table (zlib-inflated when compressed), 4-byte aligned.
function woffToSfnt(buf) {
  const flavor = buf.readUInt32BE(4), numTables = buf.readUInt16BE(12);
  const tables = [];
  for (let i = 0; i < numTables; i++) {
    const o = 44 + i * 20;
    const tag = buf.readUInt32BE(o), offset = buf.readUInt32BE(o + 4), compLength = buf.readUInt32BE(o + 8), origLength = buf.readUInt32BE(o + 12), checksum = buf.readUInt32BE(o + 16);
    const raw = buf.subarray(offset, offset + compLength);
    tables.push({ tag, checksum, data: compLength < origLength ? inflateSync(raw) : raw });
  }
  let searchRange = 1, entrySelector = 0;
  while (searchRange * 2 <= numTables) { searchRange *= 2; entrySelector++; }
  searchRange *= 16;
  const headerLen = 12 + numTables * 16;
  let total = headerLen;
  for (const t of tables) total += (t.data.length + 3) & ~3;
  const out = Buffer.alloc(total);
  out.writeUInt32BE(flavor, 0); out.writeUInt16BE(numTables, 4); out.writeUInt16BE(searchRange, 6); out.writeUInt16BE(entrySelector, 8); out.writeUInt16BE(numTables * 16 - searchRange, 10);
  let off = headerLen;
  tables.forEach((t, i) => {
    const d = 12 + i * 16;
    out.writeUInt32BE(t.tag, d); out.writeUInt32BE(t.checksum, d + 4); out.writeUInt32BE(off, d + 8); out.writeUInt32BE(t.data.length, d + 12);
    t.data.copy(out, off); off += (t.data.length + 3) & ~3;
  });
  return out;
}
const dir = 'node_modules/@fontsource/noto-sans-sc/files';
mkdirSync('/tmp/atlas-fc/ttf', { recursive: true });
for (const f of readdirSync(dir).filter((f) => /-(400|700)-normal\.woff$/.test(f))) writeFileSync(`/tmp/atlas-fc/ttf/${f.replace(/\.woff$/, '.ttf')}`, woffToSfnt(readFileSync(`${dir}/${f}`)));
