/** Sizes of a built site: everything, HTML pages, the Pagefind bundle and the social cards. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface OutputSize {
  bytes: number;
  files: number;
  htmlPages: number;
  htmlBytes: number;
  searchBytes: number;
  cards: number;
  cardBytes: number;
}

export function outputSize(dir: string): OutputSize {
  const size: OutputSize = { bytes: 0, files: 0, htmlPages: 0, htmlBytes: 0, searchBytes: 0, cards: 0, cardBytes: 0 };
  if (!existsSync(dir)) return size;
  for (const d of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!d.isFile()) continue;
    const file = path.join(d.parentPath, d.name);
    const rel = path.relative(dir, file).split(path.sep);
    const bytes = statSync(file).size;
    size.bytes += bytes;
    size.files++;
    if (d.name.endsWith('.html')) {
      size.htmlPages++;
      size.htmlBytes += bytes;
    }
    if (rel[0] === 'pagefind') size.searchBytes += bytes;
    if (rel[0] === 'og' && d.name.endsWith('.png')) {
      size.cards++;
      size.cardBytes += bytes;
    }
  }
  return size;
}
