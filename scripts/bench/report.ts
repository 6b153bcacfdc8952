/**
 * Turns measured builds into the tables `npm run bench` prints (Markdown, so they paste into
 * docs/performance.md) and checks the targets. Pure: numbers in, text out.
 */
import type { BuildMeasure, Site } from './builds';
import type { DevMeasure } from './dev';
import { besidePhases, phaseNames, type Phases } from './measure/phases';

export interface SizeResult {
  entries: number;
  /** HTML pages and cards come from the builds; these are the corpus's own numbers. */
  corpus: { files: number; bytes: number; wordsPerEntry: number; sources: number; tags: number; translations: number; digest: string };
  runs: Record<Site, BuildMeasure[]>;
  rebuilds: Partial<Record<Site, { noChange: BuildMeasure; edited: BuildMeasure }>>;
  dev?: DevMeasure;
  /** Builds that failed (site, which build, the end of its log). */
  failures: string[];
}

export function median(values: number[]): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The median build of a list, field by field. */
export interface Summary {
  runs: number;
  wallMs: number;
  cpuMs: number;
  maxProcessRss?: number;
  peakTreeRss: number;
  htmlPages: number;
  cards: number;
  bytes: number;
  searchBytes: number;
  phases: Record<(typeof phaseNames)[number], number | undefined>;
}

export function summarise(builds: BuildMeasure[]): Summary | undefined {
  if (!builds.length) return undefined;
  const m = (f: (b: BuildMeasure) => number | undefined) => {
    const values = builds.map(f).filter((v): v is number => v !== undefined);
    return values.length ? median(values) : undefined;
  };
  return {
    runs: builds.length,
    wallMs: m((b) => b.wallMs)!,
    cpuMs: m((b) => b.cpuMs)!,
    maxProcessRss: m((b) => b.maxProcessRss),
    peakTreeRss: m((b) => b.peakTreeRss)!,
    htmlPages: m((b) => b.output.htmlPages)!,
    cards: m((b) => b.output.cards)!,
    bytes: m((b) => b.output.bytes)!,
    searchBytes: m((b) => b.output.searchBytes)!,
    phases: Object.fromEntries(phaseNames.map((p) => [p, m((b) => b.phases[p as keyof Phases])])) as Summary['phases'],
  };
}

const s = (ms: number | undefined) => (ms === undefined || Number.isNaN(ms) ? '–' : (ms / 1000).toFixed(1));
const gb = (bytes: number | undefined) => (bytes === undefined ? '–' : (bytes / 1024 ** 3).toFixed(2));
const mb = (bytes: number) => (bytes / 1024 ** 2).toFixed(1);
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || !b ? '–' : `${(a / b).toFixed(2)}×`);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

export function buildTable(results: SizeResult[]): string {
  const rows: (string | number)[][] = [];
  for (const r of results) {
    const base = summarise(r.runs.baseline);
    for (const site of ['baseline', 'atlas'] as const) {
      const x = summarise(r.runs[site]);
      if (!x) continue;
      const vs = (a: number | undefined, b: number | undefined) => (site === 'atlas' ? ratio(a, b) : '');
      rows.push([
        r.entries,
        site,
        x.runs,
        x.htmlPages,
        x.cards,
        s(x.wallMs),
        s(x.cpuMs),
        gb(x.maxProcessRss),
        gb(x.peakTreeRss),
        (x.wallMs / x.htmlPages).toFixed(1),
        (x.wallMs / r.entries).toFixed(1),
        mb(x.bytes),
        Math.round(x.searchBytes / 1024),
        s(x.phases.search),
        vs(x.wallMs, base?.wallMs),
        vs(x.cpuMs, base?.cpuMs),
        vs(x.peakTreeRss, base?.peakTreeRss),
      ]);
    }
  }
  return table(
    ['N', 'site', 'runs', 'HTML pages', 'cards', 'wall s', 'CPU s', 'max RSS GB (largest process)', 'peak RSS GB (tree)', 'ms/page', 'ms/entry', 'output MB', 'index KB', 'index s', 'wall ×base', 'CPU ×base', 'RSS ×base'],
    rows,
  );
}

export function phaseTable(results: SizeResult[]): string {
  const rows: (string | number)[][] = [];
  for (const r of results) {
    for (const site of ['baseline', 'atlas'] as const) {
      const x = summarise(r.runs[site]);
      if (x) rows.push([r.entries, site, ...phaseNames.map((p) => s(x.phases[p])), s(x.wallMs)]);
    }
  }
  return table(['N', 'site', ...phaseNames.map((p) => (besidePhases.includes(p) ? `${p} s (beside)` : `${p} s`)), 'wall s'], rows);
}

/** Where the tree's memory peaked in the largest cold build of each site, and which processes held it. */
export function memoryTable(results: SizeResult[]): string {
  const rows: (string | number)[][] = [];
  for (const r of results) {
    for (const site of ['baseline', 'atlas'] as const) {
      const b = [...r.runs[site]].sort((x, y) => y.peakTreeRss - x.peakTreeRss)[0];
      if (!b?.peak) continue;
      const holders = Object.entries(b.peak.byProcess)
        .sort((x, y) => y[1] - x[1])
        .filter(([, bytes]) => bytes > 50 * 1024 ** 2)
        .map(([name, bytes]) => `${name} ${gb(bytes)}`)
        .join(', ');
      rows.push([r.entries, site, gb(b.peakTreeRss), s(b.peak.at), b.peak.phase ?? '–', holders]);
    }
  }
  return table(['N', 'site', 'peak tree RSS GB', 'at s', 'during', 'held by (GB)'], rows);
}

export function rebuildTable(results: SizeResult[]): string {
  const rows: (string | number)[][] = [];
  for (const r of results) {
    for (const site of ['baseline', 'atlas'] as const) {
      const cold = summarise(r.runs[site]);
      const re = r.rebuilds[site];
      if (!cold || !re) continue;
      const pct = (b: BuildMeasure) => `${Math.round((100 * b.wallMs) / cold.wallMs)}%`;
      rows.push([r.entries, site, s(cold.wallMs), s(re.noChange.wallMs), pct(re.noChange), s(re.edited.wallMs), pct(re.edited), s(re.noChange.phases.check), s(re.noChange.phases.cards)]);
    }
  }
  return table(['N', 'site', 'cold s', 'no-change s', 'of cold', 'one sentence edited s', 'of cold', 'check s (no-change)', 'cards s (no-change)'], rows);
}

export interface TargetCheck {
  target: string;
  measured: string;
  holds: boolean | undefined;
}

export function checkTargets(results: SizeResult[]): TargetCheck[] {
  const at = (n: number) => results.find((r) => r.entries === n);
  const checks: TargetCheck[] = [];
  const k = at(1000);
  const kA = k && summarise(k.runs.atlas);
  const kB = k && summarise(k.runs.baseline);
  if (kA && kB) {
    const x = kA.wallMs / kB.wallMs;
    checks.push({ target: '1,000 entries: wall ≤ 1.5× baseline (same run)', measured: `${x.toFixed(2)}× (${s(kA.wallMs)} s vs ${s(kB.wallMs)} s)`, holds: x <= 1.5 });
  }
  if (kA) checks.push({ target: '1,000 entries: below 35 s (Starlight)', measured: `${s(kA.wallMs)} s`, holds: kA.wallMs < 35_000 });
  const f = at(5000);
  const fA = f && summarise(f.runs.atlas);
  if (kA && fA) {
    const perK = kA.wallMs / kA.htmlPages;
    const perF = fA.wallMs / fA.htmlPages;
    const marginal = (fA.wallMs - kA.wallMs) / (fA.htmlPages - kA.htmlPages);
    checks.push({
      target: 'per-page cost at 5,000 ≤ 1.2× at 1,000',
      measured: `${(perF / perK).toFixed(2)}× (${perF.toFixed(1)} vs ${perK.toFixed(1)} ms/page; marginal ${marginal.toFixed(1)} ms/page from 1,000 to 5,000)`,
      holds: perF / perK <= 1.2,
    });
  }
  if (kA) checks.push({ target: 'peak memory ≤ 2.5 GB at 1,000 (tree)', measured: `${gb(kA.peakTreeRss)} GB (largest process ${gb(kA.maxProcessRss)} GB)`, holds: kA.peakTreeRss <= 2.5 * 1024 ** 3 });
  if (fA) checks.push({ target: 'peak memory ≤ 6 GB at 5,000 (tree)', measured: `${gb(fA.peakTreeRss)} GB (largest process ${gb(fA.maxProcessRss)} GB)`, holds: fA.peakTreeRss <= 6 * 1024 ** 3 });
  for (const r of results) {
    const cold = summarise(r.runs.atlas);
    const re = r.rebuilds.atlas;
    if (cold && re) {
      const x = re.noChange.wallMs / cold.wallMs;
      checks.push({ target: `no-change rebuild ≤ 60% of cold (N = ${r.entries})`, measured: `${Math.round(100 * x)}% (${s(re.noChange.wallMs)} s of ${s(cold.wallMs)} s)`, holds: x <= 0.6 });
    }
    if (r.dev) {
      const worst = Math.max(...r.dev.editMs);
      checks.push({
        target: `dev server shows an edited entry in < 1 s (N = ${r.entries})`,
        measured: `${r.dev.editMs.map((v) => Math.round(v)).join(', ')} ms (server ready in ${s(r.dev.readyMs)} s, first page ${s(r.dev.firstPageMs)} s)`,
        holds: worst < 1000,
      });
    }
  }
  return checks;
}

export function targetTable(checks: TargetCheck[]): string {
  return table(
    ['target', 'measured', 'holds'],
    checks.map((c) => [c.target, c.measured, c.holds === undefined ? '–' : c.holds ? 'yes' : '**no**']),
  );
}
