/**
 * `npm run check:budgets`: weighs the built site (dist/) against the page budgets and fails when one is
 * exceeded. Budgets (gzip level 9), per representative page:
 *   HTML ≤ 7 kB; CSS ≤ 12 kB (every stylesheet the page links); JavaScript before any interaction:
 *   the inline theme script < 1 kB, plus only the small scripts listed in `allowedScripts` (the theme
 *   toggle and link previews) — search and diagrams load later, on demand.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(process.env.ATLAS_OUT_DIR ?? 'dist');
const budgets = { html: 7 * 1024, css: 12 * 1024, themeScript: 1024, otherScripts: 3 * 1024 };
/** Pages that stand for each page type; an article without diagrams must meet every budget. */
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', '/zh/', '/projects/', '/projects/kitex/', '/zh/projects/etcd/', '/claims/kitex-default-protocol-grpc/', '/orgs/bytedance/'];

const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
let failed = 0;
const rows: string[][] = [['page', 'HTML gz', 'CSS gz', 'theme script', 'other JS gz', 'external JS']];

for (const page of pages) {
  const file = path.join(dist, page, page.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) {
    console.error(`${page}: not built (${file} is missing)`);
    failed++;
    continue;
  }
  const html = readFileSync(file, 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)]
    .map((m) => readFileSync(path.join(dist, m[1]!)))
    .reduce((sum, b) => sum + gz(b), 0);
  const inline = [...html.matchAll(/<script(?![^>]*type="application\/json")([^>]*)>([\s\S]*?)<\/script>/g)];
  const theme = inline.find((m) => m[2]!.includes('atlas-theme') && !m[1]!.includes('module'));
  const others = inline.filter((m) => m !== theme && !/\bsrc=/.test(m[1]!));
  const external = inline.filter((m) => /\bsrc=/.test(m[1]!)).map((m) => /src="([^"]+)"/.exec(m[1]!)![1]);
  const figures = {
    html: gz(html),
    css,
    themeScript: theme ? Buffer.byteLength(theme[2]!) : 0,
    otherScripts: others.reduce((sum, m) => sum + gz(m[2]!), 0),
  };
  const over = (Object.keys(budgets) as (keyof typeof budgets)[]).filter((k) => figures[k] > budgets[k]);
  if (external.length) over.push('externalScripts' as never);
  rows.push([page, kb(figures.html), kb(figures.css), `${figures.themeScript} B`, kb(figures.otherScripts), external.join(' ') || 'none']);
  for (const k of over) {
    failed++;
    console.error(`✖ ${page}: ${k} over budget (${k === ('externalScripts' as never) ? external.join(', ') : `${kb(figures[k])} > ${kb(budgets[k])}`})`);
  }
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
console.log(`budgets: HTML ≤ ${kb(budgets.html)}, CSS ≤ ${kb(budgets.css)}, theme script < ${budgets.themeScript} B, other inline JS ≤ ${kb(budgets.otherScripts)}, no external JS before interaction`);
if (failed) {
  console.error(`${failed} budget(s) exceeded`);
  process.exit(1);
}
