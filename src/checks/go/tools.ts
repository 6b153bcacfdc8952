/**
 * Runs gofmt and go vet over many blocks at once: one gofmt call for all files (plus one per file that
 * needs formatting, to say how), one `go vet ./...` over a throwaway module with one package per block.
 * Go never reaches the network: GOPROXY=off, and blocks that import outside the standard library are not vetted.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { lowerPriority } from '../background';

export interface ToolRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The tool is not installed. */
  missing: boolean;
}

/** Offline, module mode, no cgo (vet only type-checks); a build cache even where $HOME is unset. */
function goEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GOFLAGS: '-mod=mod', GOPROXY: 'off', GOWORK: 'off', GO111MODULE: 'on', GOTOOLCHAIN: 'local', CGO_ENABLED: '0' };
  if (!env.GOCACHE && !env.HOME && !env.XDG_CACHE_HOME) env.GOCACHE = path.join(os.tmpdir(), 'atlas-go-cache');
  return env;
}

export function runTool(cmd: string, args: string[], cwd: string): Promise<ToolRun> {
  return new Promise((resolve) => {
    const child = execFile(
      cmd,
      args,
      {
        cwd,
        timeout: 300_000,
        maxBuffer: 64 * 1024 * 1024,
        env: goEnv(),
      },
      (error, stdout, stderr) => {
        const err = error as (NodeJS.ErrnoException & { code?: number | string }) | null;
        resolve({
          code: err ? (typeof err.code === 'number' ? err.code : 1) : 0,
          stdout,
          stderr,
          missing: err?.code === 'ENOENT',
        });
      },
    );
    // gofmt and go vet run beside the build: they yield the CPU to Astro's main thread (../background.ts).
    lowerPriority(child.pid);
  });
}

/** A tool message located in one of the generated files: `fmt/b3.go:5:2: expected ';'`. */
export interface Located {
  index: number;
  line: number;
  message: string;
}

/** gofmt names `fmt/b3.go`, go vet `b3/block.go` (sometimes `./b3/block.go`). */
const gofmtFile = String.raw`fmt/b(\d+)\.go`;
const vetFile = String.raw`(?:\./)?b(\d+)/block\.go`;

/** Reads `<file>:<line>:<col>: <message>` lines (go vet prefixes some with `vet: `); the first per file. */
export function locate(output: string, file: string): Located[] {
  const seen = new Set<number>();
  const found: Located[] = [];
  const re = new RegExp(String.raw`^(?:vet: )?${file}:(\d+)(?::\d+)?: (.*)$`);
  for (const line of output.split('\n')) {
    const m = re.exec(line.trim());
    if (!m || seen.has(Number(m[1]))) continue;
    seen.add(Number(m[1]));
    found.push({ index: Number(m[1]), line: Number(m[2]), message: m[3]! });
  }
  return found;
}

export interface GofmtResult {
  missing: boolean;
  parseErrors: Located[];
  /** Indexes of files gofmt would change. */
  unformatted: number[];
}

/** Writes `<tmp>/fmt/b<i>.go` for each text (replacing an earlier round) and runs `gofmt -l -e` on them all. */
export async function gofmtAll(tmp: string, texts: Map<number, string>): Promise<GofmtResult> {
  const dir = 'fmt';
  rmSync(path.join(tmp, dir), { recursive: true, force: true });
  mkdirSync(path.join(tmp, dir), { recursive: true });
  // Written concurrently by libuv's threads: thousands of synchronous writes held the main thread for seconds.
  const files = await Promise.all(
    [...texts].map(async ([i, text]) => {
      await writeFile(path.join(tmp, dir, `b${i}.go`), text);
      return `${dir}/b${i}.go`;
    }),
  );
  if (!files.length) return { missing: false, parseErrors: [], unformatted: [] };
  const run = await runTool('gofmt', ['-l', '-e', ...files], tmp);
  const unformatted = run.stdout
    .split('\n')
    .map((l) => /b(\d+)\.go$/.exec(l.trim()))
    .filter((m): m is RegExpExecArray => Boolean(m))
    .map((m) => Number(m[1]));
  return { missing: run.missing, parseErrors: locate(run.stderr, gofmtFile), unformatted };
}

/** What gofmt makes of one block's file. */
export async function gofmtOutput(tmp: string, index: number, text: string): Promise<string> {
  writeFileSync(path.join(tmp, 'fmt', `b${index}.go`), text);
  return (await runTool('gofmt', [`fmt/b${index}.go`], tmp)).stdout;
}

/** One package per block under `<tmp>/vet/b<i>/`, then `go vet ./...` once. */
export async function goVetAll(tmp: string, texts: Map<number, string>): Promise<{ missing: boolean; problems: Located[]; failure?: string }> {
  if (!texts.size) return { missing: false, problems: [] };
  const root = path.join(tmp, 'vet');
  mkdirSync(root, { recursive: true });
  writeFileSync(path.join(root, 'go.mod'), 'module atlascheck\n\ngo 1.19\n');
  await Promise.all(
    [...texts].map(async ([i, text]) => {
      await mkdir(path.join(root, `b${i}`));
      await writeFile(path.join(root, `b${i}`, 'block.go'), text);
    }),
  );
  const run = await runTool('go', ['vet', './...'], root);
  const problems = locate(run.stderr, vetFile);
  const failure = run.code !== 0 && !problems.length ? (run.stderr || run.stdout).trim() : undefined;
  return { missing: run.missing, problems, failure };
}
