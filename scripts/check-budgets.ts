/**
 * `npm run check:budgets`: weighs the built site (dist/) against the page budgets and fails when one is
 * exceeded. Budgets (gzip level 9), per representative page:
 *   HTML ≤ 24 kB for the whole page, of which the frame around `<main>` (head, header, footer) ≤ 4 kB:
 *   articles grow with what they say, the template must not; CSS ≤ 12 kB (every stylesheet the page
 *   links); JavaScript before any interaction: the inline theme script < 1 kB, plus only the small
 *   first-party scripts in `allowedScripts` (theme toggle, link previews, the search button's listener,
 *   code-block buttons), ≤ 4 kB together with what they import; on a page with diagrams, their loader
 *   (MermaidDiagrams, which watches for diagrams coming into view) ≤ 2.5 kB more. Search (Pagefind) and
 *   mermaid itself load later, on demand, and are not part of these budgets.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(process.env.ATLAS_OUT_DIR ?? 'dist');
const budgets = { html: 24 * 1024, frame: 4 * 1024, css: 12 * 1024, themeScript: 1024, otherScripts: 4 * 1024, diagramLoader: 2.5 * 1024 };
/** The only scripts a page may load before the reader does anything, by component name. */
const allowedScripts = /\/(ThemeToggle|LinkPreviews|SearchTrigger|CodeBlocks|MermaidDiagrams)\.astro_astro_type_script/;
const diagramLoader = /\/MermaidDiagrams\.astro_astro_type_script/;

/** gzip size of a module and everything it imports statically (dynamic imports load later, on demand). */
function moduleSize(url: string, seen = new Set<string>()): number {
  if (seen.has(url)) return 0;
  seen.add(url);
  const code = readFileSync(path.join(dist, url), 'utf8');
  const imports = [...code.matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)].map((m) => path.posix.join(path.posix.dirname(url), m[1]!));
  return gz(code) + imports.reduce((sum, i) => sum + moduleSize(i, seen), 0);
}
/** Pages that stand for each page type; an article without diagrams must meet every budget. */
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', '/zh/', '/projects/', '/projects/kitex/', '/zh/projects/etcd/', '/claims/kitex-default-protocol-grpc/', '/orgs/bytedance/', '/guides/rpc-frameworks-compared/', '/zh/cases/bytedance-kitex/'];

const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
let failed = 0;
const rows: string[][] = [['page', 'HTML gz', 'frame gz', 'CSS gz', 'theme script', 'other JS gz', 'diagram JS gz', 'scripts loaded']];

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
  const external = inline.filter((m) => /\bsrc=/.test(m[1]!)).map((m) => /src="([^"]+)"/.exec(m[1]!)![1]!);
  const unknown = external.filter((src) => !allowedScripts.test(src));
  const seen = new Set<string>();
  const loaders = external.filter((src) => diagramLoader.test(src));
  const figures = {
    html: gz(html),
    frame: gz(html.replace(/<main[\s\S]*<\/main>/, '<main></main>')),
    css,
    themeScript: theme ? Buffer.byteLength(theme[2]!) : 0,
    otherScripts:
      others.reduce((sum, m) => sum + gz(m[2]!), 0) + external.filter((src) => !diagramLoader.test(src)).reduce((sum, src) => sum + moduleSize(src, seen), 0),
    // Counted after the others: what it shares with them (e.g. the preload helper) is not counted twice.
    diagramLoader: loaders.reduce((sum, src) => sum + moduleSize(src, seen), 0),
  };
  const over = (Object.keys(budgets) as (keyof typeof budgets)[]).filter((k) => figures[k] > budgets[k]);
  const names = external.map((src) => /\/(\w+)\.astro/.exec(src)?.[1] ?? src);
  rows.push([page, kb(figures.html), kb(figures.frame), kb(figures.css), `${figures.themeScript} B`, kb(figures.otherScripts), loaders.length ? kb(figures.diagramLoader) : '—', names.join(', ') || 'none']);
  for (const k of over) {
    failed++;
    console.error(`✖ ${page}: ${k} over budget (${kb(figures[k])} > ${kb(budgets[k])})`);
  }
  for (const src of unknown) {
    failed++;
    console.error(`✖ ${page}: loads ${src} before any interaction; only ${allowedScripts.source} may`);
  }
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
console.log(
  `budgets: HTML ≤ ${kb(budgets.html)} (frame outside <main> ≤ ${kb(budgets.frame)}), CSS ≤ ${kb(budgets.css)}, inline theme script < ${budgets.themeScript} B, ` +
    `other JS before interaction ≤ ${kb(budgets.otherScripts)}, diagram loader ≤ ${kb(budgets.diagramLoader)} (first-party: ${allowedScripts.source})`,
);
if (failed) {
  console.error(`${failed} budget(s) exceeded`);
  process.exit(1);
}
