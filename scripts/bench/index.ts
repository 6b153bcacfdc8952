/**
 * `npm run bench`: the performance harness (issue 7). For each corpus size it generates a deterministic
 * synthetic corpus into the work folder, builds the minimal baseline and Go Atlas cold (interleaved, so
 * both see the same machine load), then a no-change rebuild and a one-sentence edit of each, and once the
 * dev-server edit latency. It prints Markdown tables and writes results.json / results.md to the work folder.
 * Flags: `npm run bench -- --help`. Method and figures: docs/performance.md.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, usage } from './args';
import { BuildFailed, buildAtlas, buildBaseline, clean, prepareBaseline, type BuildDirs, type BuildMeasure, type Site } from './builds';
import { devEditLatency } from './dev';
import { corpusDigest, corpusStats, corpusSummary, generateCorpus, writeCorpus } from '../corpus';
import { formatSummary, summariseProfile } from './measure/cpu-profile';
import { buildTable, checkTargets, memoryTable, phaseTable, rebuildTable, targetTable, type SizeResult } from './report';
import { linkProjectPackages } from './work-dir';

const options = (() => {
  try {
    return parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
})();
if (options.help) {
  console.log(usage);
  process.exit(0);
}

const log = (msg: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const loadavg = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

if (options.generateOnly) {
  const corpus = generateCorpus(options.sizes[0]!, { seed: options.seed });
  writeCorpus(corpus, options.generateOnly);
  console.log(JSON.stringify(corpusSummary(corpus, options.generateOnly), null, 2));
  process.exit(0);
}

const work = path.resolve(options.workDir);
mkdirSync(work, { recursive: true });
if (linkProjectPackages(work) === 'linked') log(`work folder outside the project: ${path.join(work, 'node_modules')} links to the project's packages`);
const baselineSite = path.join(work, 'baseline-site');
if (options.baseline) prepareBaseline(baselineSite);

const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(os.totalmem() / 1024 ** 3),
  node: process.version,
  os: `${os.type()} ${os.release()}`,
  go: (() => {
    try {
      return execFileSync('go', ['version'], { encoding: 'utf8' }).trim();
    } catch {
      return 'not installed';
    }
  })(),
  tree: (() => {
    try {
      const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
      const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).split('\n').filter(Boolean).length;
      return `${head}${dirty ? ` + ${dirty} uncommitted change(s)` : ''}`;
    } catch {
      return 'not a git checkout';
    }
  })(),
  loadBefore: loadavg(),
  started: new Date().toISOString(),
};
log(`machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, ${machine.node}; load average ${machine.loadBefore}`);

/** The sentence the edited-entry rebuild and the dev check change (the first sentence of project 1). */
const editedEntry = { file: 'projects/project-00001.md', url: '/projects/project-00001/' };
const firstSentence = (text: string) => /^Synthetic entry \S+ for benchmarks: [^.]+\./m.exec(text)![0];

const results: SizeResult[] = [];
for (const [i, entries] of options.sizes.entries()) {
  const dir = path.join(work, `n${entries}`);
  const content = path.join(dir, 'content');
  const corpus = generateCorpus(entries, { seed: options.seed });
  writeCorpus(corpus, content);
  const stats = corpusStats(corpus);
  const digest = corpusDigest(corpus.files);
  log(`N = ${entries}: ${stats.files} files, ${(stats.bytes / 1024 ** 2).toFixed(1)} MB, ~${stats.wordsPerEntry} words per entry, sha256 ${digest.slice(0, 12)}`);
  const dirsOf = (site: Site): BuildDirs => ({ content, out: path.join(dir, site, 'dist'), cache: path.join(dir, site, 'cache') });
  const build = (site: Site) => (site === 'atlas' ? buildAtlas(dirsOf(site), options.verbose) : buildBaseline(baselineSite, dirsOf(site), options.verbose));
  const sites: Site[] = options.baseline ? ['baseline', 'atlas'] : ['atlas'];
  const result: SizeResult = {
    entries,
    corpus: { files: stats.files, bytes: stats.bytes, wordsPerEntry: stats.wordsPerEntry, sources: corpus.counts.sources, tags: corpus.counts.tags, translations: corpus.counts.translations, digest },
    runs: { atlas: [], baseline: [] },
    rebuilds: {},
    failures: [],
  };
  /**
   * A failed build is retried once (the tree may have been caught mid-edit by someone else); a second
   * failure (out of memory, say) is recorded and ends that site's runs at this size. The bench goes on.
   */
  const failed = new Set<Site>();
  const attempt = async (what: string, site: Site): Promise<BuildMeasure | undefined> => {
    for (let tries = 1; !failed.has(site); tries++) {
      try {
        return await build(site);
      } catch (e) {
        if (!(e instanceof BuildFailed)) throw e;
        result.failures.push(`${site} ${what}${tries > 1 ? ' (retry)' : ''}: ${e.message}`);
        log(`  ${site} ${what} FAILED${tries > 1 ? ' again' : ', retrying once'}:\n${e.message}`);
        if (tries > 1) failed.add(site);
        else if (what.startsWith('cold')) clean(dirsOf(site));
      }
    }
    return undefined;
  };
  const report = (what: string, b: BuildMeasure) =>
    log(`  ${what}: ${secs(b.wallMs)} wall, ${secs(b.cpuMs)} CPU, ${(b.peakTreeRss / 1024 ** 3).toFixed(2)} GB tree RSS, ${b.output.htmlPages} pages (load ${loadavg()})`);

  for (let run = 1; run <= options.runs[i]!; run++) {
    for (const site of sites) {
      clean(dirsOf(site));
      const b = await attempt(`cold ${run}`, site);
      if (!b) continue;
      result.runs[site].push(b);
      report(`${site} cold ${run}/${options.runs[i]}`, b);
    }
  }
  if (options.rebuilds) {
    // The caches of the last cold build stay; first nothing changes, then one sentence of one entry.
    const noChange: Partial<Record<Site, BuildMeasure>> = {};
    for (const site of sites) {
      noChange[site] = await attempt('no-change rebuild', site);
      if (noChange[site]) report(`${site} no-change rebuild`, noChange[site]);
    }
    const file = path.join(content, editedEntry.file);
    const text = readFileSync(file, 'utf8');
    const sentence = firstSentence(text);
    writeFileSync(file, text.replace(sentence, sentence.replace('for benchmarks:', 'for benchmarks, edited once:')));
    for (const site of sites) {
      const edited = await attempt('edited rebuild', site);
      if (!edited || !noChange[site]) continue;
      report(`${site} edited rebuild`, edited);
      result.rebuilds[site] = { noChange: noChange[site], edited };
    }
    writeFileSync(file, text);
  }
  if (options.profile && !failed.has('atlas')) {
    const profDir = path.join(dir, 'cpu-profile');
    rmSync(profDir, { recursive: true, force: true });
    clean(dirsOf('atlas'));
    const profiled = await buildAtlas(dirsOf('atlas'), options.verbose, ['--cpu-prof', `--cpu-prof-dir=${profDir}`]);
    const largest = readdirSync(profDir).map((f) => path.join(profDir, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
    const summary = formatSummary(summariseProfile(JSON.parse(readFileSync(largest, 'utf8'))));
    writeFileSync(path.join(dir, 'cpu-profile.txt'), summary + '\n');
    log(`  profiled build (${secs(profiled.wallMs)} with profiling overhead), main thread:\n${summary}\n  profile: ${path.relative(process.cwd(), largest)}`);
  }
  if (options.dev && i === 0 && !failed.has('atlas')) {
    // The dev server's watcher ignores tests/.tmp (astro.config.mjs), so it would never see the edit
    // there: this check runs on a copy of the corpus in the system's temp folder.
    const devDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-dev-'));
    try {
      const devContent = path.join(devDir, 'content');
      cpSync(content, devContent, { recursive: true });
      const dirs = { content: devContent, out: dirsOf('atlas').out, cache: path.join(devDir, 'cache') };
      const text = readFileSync(path.join(devContent, editedEntry.file), 'utf8');
      result.dev = await devEditLatency(dirs, { ...editedEntry, sentence: firstSentence(text) });
      log(`  dev: ready ${secs(result.dev.readyMs)}, first page ${secs(result.dev.firstPageMs)}, edits ${result.dev.editMs.map((v) => `${Math.round(v)} ms`).join(', ')}`);
    } catch (e) {
      result.failures.push(`dev check: ${(e as Error).message}`);
      log(`  dev check FAILED: ${(e as Error).message}`);
    } finally {
      rmSync(devDir, { recursive: true, force: true });
    }
  }
  results.push(result);
  // Written after every size, so a long run that is stopped keeps what it measured.
  writeFileSync(path.join(work, 'results.json'), JSON.stringify({ machine, options, results }, (k, v) => (k === 'lines' ? undefined : v), 2));
}

const loadAfter = loadavg();
const markdown = [
  `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB RAM, ${machine.os}, Node ${machine.node}, ${machine.go}. Tree: ${machine.tree}.`,
  `Load average (1, 5, 15 min) before: ${machine.loadBefore}; after: ${loadAfter}. Seed ${options.seed}. Started ${machine.started}.`,
  '',
  '### Cold builds (medians)',
  '',
  buildTable(results),
  '',
  '### Memory at the peak (largest cold run)',
  '',
  memoryTable(results),
  '',
  '### Phases (medians, seconds)',
  '',
  phaseTable(results),
  '',
  ...(options.rebuilds ? ['### Rebuilds', '', rebuildTable(results), ''] : []),
  '### Targets',
  '',
  targetTable(checkTargets(results)),
  '',
  ...results.flatMap((r) => r.failures.map((f) => `**Failed at N = ${r.entries}:** ${f.split('\n')[0]}\n\n\`\`\`text\n${f.split('\n').slice(1, 30).join('\n')}\n\`\`\`\n`)),
].join('\n');
writeFileSync(path.join(work, 'results.md'), markdown);
writeFileSync(path.join(work, 'results.json'), JSON.stringify({ machine: { ...machine, loadAfter }, options, results }, (k, v) => (k === 'lines' ? undefined : v), 2));
console.log(markdown);
log(`results: ${path.relative(process.cwd(), path.join(work, 'results.md'))} and results.json`);
