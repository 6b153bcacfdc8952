/**
 * The two builds the benchmark compares, each as a child process on this Node (Node 24 under npm):
 * Go Atlas (`astro build` of this project over a corpus, content gate and search index included) and the
 * minimal baseline (`astro build --root <copy of scripts/bench/baseline>`, then the Pagefind CLI).
 */
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { outputSize, type OutputSize } from './measure/output';
import { parsePhases, phaseAt, routeCounts, type Phases } from './measure/phases';
import { measureProcess, type ProcessMeasure, type TimedLine } from './measure/process';

export type Site = 'atlas' | 'baseline';

export interface BuildMeasure {
  site: Site;
  wallMs: number;
  cpuMs: number;
  maxProcessRss?: number;
  peakTreeRss: number;
  /** When the tree peaked (ms since start; for the baseline, within its astro build) and who held the memory. */
  peak: { at: number; phase?: string; byProcess: Record<string, number> };
  phases: Phases;
  output: OutputSize;
  routes: { html: number; cards: number; other: number };
}

export interface BuildDirs {
  /** The corpus (content root). */
  content: string;
  /** Output folder. */
  out: string;
  /** Astro cache folder (content-layer data store, and Atlas's social-card cache). */
  cache: string;
}

const astroBin = path.resolve('node_modules/astro/bin/astro.mjs');
const pagefindBin = path.resolve('node_modules/pagefind/lib/runner/bin.cjs');
export const baselineSource = path.resolve('scripts/bench/baseline');

const baseEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

export class BuildFailed extends Error {
  constructor(what: string, result: ProcessMeasure) {
    const tail = result.lines.slice(-40).map((l) => l.text).join('\n');
    super(`${what} failed with exit code ${result.code}. Last lines of its output:\n${tail}`);
  }
}

/** Removes the output and cache folders, so the next build starts cold. */
export function clean(dirs: BuildDirs): void {
  rmSync(dirs.out, { recursive: true, force: true });
  rmSync(dirs.cache, { recursive: true, force: true });
}

const echo = (verbose: boolean) => (verbose ? (l: TimedLine) => process.stderr.write(`    | ${l.text}\n`) : undefined);

/** `nodeArgs`: extra Node flags, e.g. `--cpu-prof --cpu-prof-dir <dir>` for a profiled build. */
export async function buildAtlas(dirs: BuildDirs, verbose = false, nodeArgs: string[] = []): Promise<BuildMeasure> {
  const result = await measureProcess(process.execPath, [...nodeArgs, astroBin, 'build'], {
    env: { ...baseEnv, ATLAS_CONTENT_DIR: dirs.content, ATLAS_OUT_DIR: dirs.out, ATLAS_CACHE_DIR: dirs.cache },
    onLine: echo(verbose),
  });
  if (result.code !== 0) throw new BuildFailed('astro build (Go Atlas)', result);
  return {
    site: 'atlas',
    wallMs: result.wallMs,
    cpuMs: result.cpuMs,
    maxProcessRss: result.maxProcessRss,
    peakTreeRss: result.peakTreeRss,
    peak: { at: result.peakAt, phase: phaseAt(result.lines, result.peakAt), byProcess: result.peakBreakdown },
    phases: parsePhases(result.lines, result.wallMs),
    output: outputSize(dirs.out),
    routes: routeCounts(result.lines),
  };
}

/** Copies the baseline site into the work folder, where `astro` resolves from the project's node_modules (work-dir.ts). */
export function prepareBaseline(siteDir: string): void {
  rmSync(siteDir, { recursive: true, force: true });
  cpSync(baselineSource, siteDir, { recursive: true });
}

export async function buildBaseline(siteDir: string, dirs: BuildDirs, verbose = false): Promise<BuildMeasure> {
  const env = { ...baseEnv, BASELINE_CONTENT_DIR: dirs.content, BASELINE_OUT_DIR: dirs.out, BASELINE_CACHE_DIR: dirs.cache };
  const astro = await measureProcess(process.execPath, [astroBin, 'build', '--root', siteDir], { env, onLine: echo(verbose) });
  if (astro.code !== 0) throw new BuildFailed('astro build (baseline)', astro);
  const pagefind = await measureProcess(process.execPath, [pagefindBin, '--site', dirs.out], { env, onLine: echo(verbose) });
  if (pagefind.code !== 0) throw new BuildFailed('pagefind (baseline)', pagefind);
  const phases = parsePhases(astro.lines, astro.wallMs);
  phases.search = pagefind.wallMs;
  const both = (a?: number, b?: number) => (a === undefined || b === undefined ? undefined : Math.max(a, b));
  return {
    site: 'baseline',
    wallMs: astro.wallMs + pagefind.wallMs,
    cpuMs: astro.cpuMs + pagefind.cpuMs,
    maxProcessRss: both(astro.maxProcessRss, pagefind.maxProcessRss),
    peakTreeRss: Math.max(astro.peakTreeRss, pagefind.peakTreeRss),
    peak:
      astro.peakTreeRss >= pagefind.peakTreeRss
        ? { at: astro.peakAt, phase: phaseAt(astro.lines, astro.peakAt), byProcess: astro.peakBreakdown }
        : { at: astro.wallMs + pagefind.peakAt, phase: 'search', byProcess: pagefind.peakBreakdown },
    phases,
    output: outputSize(dirs.out),
    routes: routeCounts(astro.lines),
  };
}
