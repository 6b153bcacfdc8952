/**
 * Runs gofmt and go vet over many blocks at once: one gofmt call for all files (plus one per file that
 * needs formatting, to say how), and one `go vet ./...` per language version over a throwaway copy of the
 * examples module (`go/`), with one package per block. Third-party imports resolve to exactly the versions
 * pinned in go/go.mod and go/go.sum (`-mod=readonly`: nothing is added or upgraded); the first run downloads
 * them into the normal module cache, later runs need no network.
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

/** Pinned modules only, the Go on the PATH (never a downloaded toolchain), no cgo (vet only type-checks); a build cache even where $HOME is unset. */
function goEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GOFLAGS: '-mod=readonly', GOWORK: 'off', GO111MODULE: 'on', GOTOOLCHAIN: 'local', CGO_ENABLED: '0' };
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

/** One folder `go vet ./...` runs in: a module (its go.mod and go.sum) and one package per block. */
export interface VetGroup {
  /** Folder name under the temporary directory, e.g. `vet-1.26`. */
  name: string;
  goMod: string;
  goSum: string;
  /** Block index → the file's text. */
  files: Map<number, string>;
}

export interface VetResult {
  missing: boolean;
  problems: Located[];
  /** go vet failed without naming a block (a download or module error): its first lines. */
  failures: { group: VetGroup; message: string }[];
}

/** Writes each group as `<tmp>/<name>/b<i>/block.go` beside its go.mod, then runs `go vet ./...` in each, one after another. */
export async function goVetAll(tmp: string, groups: VetGroup[]): Promise<VetResult> {
  const result: VetResult = { missing: false, problems: [], failures: [] };
  for (const group of groups) {
    if (!group.files.size) continue;
    const root = path.join(tmp, group.name);
    mkdirSync(root, { recursive: true });
    writeFileSync(path.join(root, 'go.mod'), group.goMod);
    if (group.goSum) writeFileSync(path.join(root, 'go.sum'), group.goSum);
    await Promise.all(
      [...group.files].map(async ([i, text]) => {
        await mkdir(path.join(root, `b${i}`));
        await writeFile(path.join(root, `b${i}`, 'block.go'), text);
      }),
    );
    const run = await runTool('go', ['vet', './...'], root);
    if (run.missing) return { ...result, missing: true };
    const found = locate(run.stderr, vetFile);
    result.problems.push(...found);
    if (run.code !== 0 && !found.length) result.failures.push({ group, message: (run.stderr || run.stdout).trim() });
  }
  return result;
}

/** The Go toolchain on the PATH: its version (`1.26.8`), or that there is none. */
export async function goToolchain(): Promise<{ version?: string }> {
  const run = await runTool('go', ['env', 'GOVERSION'], process.cwd());
  const m = /^go(\d+\.\d+(?:\.\d+)?)/.exec(run.stdout.trim());
  return run.code === 0 && m ? { version: m[1] } : {};
}
