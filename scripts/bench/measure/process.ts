/**
 * Runs one command and measures it: wall time, CPU (user + sys of the whole process tree), peak memory,
 * and every output line with the moment it arrived (for the phase breakdown).
 *
 * - CPU and the largest single process's peak RSS come from GNU time (`/usr/bin/time -f`, Debian's `time`
 *   package), which reads getrusage(RUSAGE_CHILDREN): every descendant that was waited for is included.
 *   Without it, `sh -c 'cmd; cat /proc/$$/stat'` gives the same CPU figures (cutime + cstime), and no max RSS.
 * - The peak RSS of the whole tree (node + pagefind + go + gofmt running at the same moment) is sampled
 *   from /proc every `sampleMs`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TimedLine {
  /** Milliseconds since the command started. */
  at: number;
  text: string;
}

export interface ProcessMeasure {
  code: number | null;
  wallMs: number;
  /** user + sys of the whole tree, in ms. */
  cpuMs: number;
  userMs: number;
  sysMs: number;
  /** Peak RSS of the largest single process (GNU time's %M), bytes; undefined without GNU time. */
  maxProcessRss?: number;
  /** Peak of the summed RSS of all processes in the tree, sampled, bytes. */
  peakTreeRss: number;
  /** At that peak: when (ms since start) and which processes held the memory (command name → bytes). */
  peakAt: number;
  peakBreakdown: Record<string, number>;
  lines: TimedLine[];
}

const gnuTime = '/usr/bin/time';
const pageSize = 4096;
const ticks = 100; // USER_HZ on Linux

/** pid → parent pid and command name, for every process visible in /proc. */
function processes(): Map<number, { ppid: number; name: string }> {
  const map = new Map<number, { ppid: number; name: string }>();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(pid), { ppid: Number(after[1]), name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) });
    } catch {
      /* the process ended while we looked */
    }
  }
  return map;
}

/** Summed RSS (bytes) of `root` and all its descendants, and the same split by command name. */
export function treeRss(root: number): { total: number; byName: Record<string, number> } {
  const all = processes();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of all) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  let total = 0;
  const byName: Record<string, number> = {};
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const rss = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * pageSize;
      total += rss;
      const comm = all.get(pid)?.name ?? '?';
      const name = comm === 'MainThread' ? 'node' : comm; // Node 24 names its main thread
      byName[name] = (byName[name] ?? 0) + rss;
    } catch {
      /* gone */
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, byName };
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  sampleMs?: number;
  /** Called with each line as it arrives (e.g. to echo progress). */
  onLine?: (line: TimedLine) => void;
}

export function measureProcess(cmd: string, args: string[], options: RunOptions = {}): Promise<ProcessMeasure> {
  const tmp = path.join(os.tmpdir(), `atlas-bench-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.txt`);
  const useTime = existsSync(gnuTime);
  const [file, argv] = useTime
    ? [gnuTime, ['-f', '%e %U %S %M', '-o', tmp, cmd, ...args]]
    : ['sh', ['-c', `"$@"; code=$?; cat /proc/$$/stat > ${tmp}; exit $code`, 'sh', cmd, ...args]];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: TimedLine[] = [];
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const at = performance.now() - started;
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      for (const raw of parts) {
        const line = { at, text: raw.replace(/\x1b\[[0-9;]*m/g, '') };
        lines.push(line);
        options.onLine?.(line);
      }
    });
    stream.on('end', () => {
      if (rest) lines.push({ at: performance.now() - started, text: rest.replace(/\x1b\[[0-9;]*m/g, '') });
    });
  };
  collect(child.stdout!);
  collect(child.stderr!);
  let peakTreeRss = 0;
  let peakAt = 0;
  let peakBreakdown: Record<string, number> = {};
  const sample = () => {
    if (!child.pid) return;
    const { total, byName } = treeRss(child.pid);
    if (total > peakTreeRss) [peakTreeRss, peakAt, peakBreakdown] = [total, performance.now() - started, byName];
  };
  const timer = setInterval(sample, options.sampleMs ?? 250);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      const text = existsSync(tmp) ? readFileSync(tmp, 'utf8').trim() : '';
      rmSync(tmp, { force: true });
      let userMs = 0;
      let sysMs = 0;
      let maxProcessRss: number | undefined;
      if (useTime) {
        // GNU time prints "Command exited with non-zero status N" first when the command fails.
        const last = text.split('\n').pop() ?? '';
        const [, user, sys, rssKb] = last.split(' ').map(Number);
        userMs = (user ?? 0) * 1000;
        sysMs = (sys ?? 0) * 1000;
        maxProcessRss = (rssKb ?? 0) * 1024;
      } else if (text) {
        const after = text.slice(text.lastIndexOf(')') + 2).split(' ');
        userMs = (Number(after[13]) / ticks) * 1000; // cutime
        sysMs = (Number(after[14]) / ticks) * 1000; // cstime
      }
      resolve({ code, wallMs, cpuMs: userMs + sysMs, userMs, sysMs, maxProcessRss, peakTreeRss, peakAt, peakBreakdown, lines });
    });
  });
}
