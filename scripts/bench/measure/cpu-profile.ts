/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): self time by function and by package or source
 * folder, optionally within a time window (e.g. only the page-rendering phase). Used by
 * `npm run bench -- --profile` and by hand: `npx tsx scripts/bench/measure/cpu-profile.ts <file> [fromMs toMs]`.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  byFunction: [string, number][];
  byPlace: [string, number][];
}

/** `node_modules/satori/…` → `satori`; `/work/main/src/views/x.ts` → `src/views`; builtins by kind. */
export function placeOf(url: string): string {
  if (!url) return '(native / idle / gc)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1]!;
  if (url.startsWith('node:')) return 'node:internal';
  // The server bundle Astro builds and then runs to render pages lives in the output or cache folder.
  if (/\/\.prerender\/|\/chunks\/|\/dist\/|\/tests\/\.tmp\//.test(url)) return 'pages bundle (src/ as built by Vite)';
  const src = /\/(src\/[^/]+|scripts\/[^/]+|tests\/[^/]+)/.exec(url);
  if (src) return src[1]!;
  return url.replace(/^file:\/\//, '').split('/').slice(-2).join('/');
}

export function summariseProfile(profile: Profile, windowMs?: [number, number], top = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  let t = 0;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    t += dt;
    if (windowMs && (t < windowMs[0] || t > windowMs[1])) return;
    self.set(id, (self.get(id) ?? 0) + dt);
    total += dt;
  });
  const fn = new Map<string, number>();
  const place = new Map<string, number>();
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = placeOf(url);
    const key = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
    fn.set(key, (fn.get(key) ?? 0) + ms);
    place.set(where, (place.get(where) ?? 0) + ms);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { totalMs: total, byFunction: sorted(fn), byPlace: sorted(place) };
}

export function formatSummary(s: ProfileSummary): string {
  const pct = (ms: number) => `${((100 * ms) / s.totalMs).toFixed(1)}%`.padStart(6);
  return [
    `profiled ${(s.totalMs / 1000).toFixed(1)} s on the main thread`,
    'self time by package / folder:',
    ...s.byPlace.map(([k, ms]) => `  ${pct(ms)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${k}`),
    'self time by function:',
    ...s.byFunction.map(([k, ms]) => `  ${pct(ms)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${k}`),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [file, from, to] = process.argv.slice(2);
  const profile = JSON.parse(readFileSync(file!, 'utf8')) as Profile;
  console.log(formatSummary(summariseProfile(profile, from && to ? [Number(from), Number(to)] : undefined)));
}
