/**
 * "The dev server shows an edited entry in < 1 s": starts `astro dev` on 127.0.0.1 over a corpus, loads an
 * entry page once (first compile), then changes one sentence of that entry's file and polls the page until
 * the new sentence is served. The latency is from the file write to the first response that contains it.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export interface DevMeasure {
  /** From spawn to the server's "ready" line. */
  readyMs: number;
  /** First request of the entry page (compiles the route). */
  firstPageMs: number;
  /** One latency per edit, write → page shows the edit. */
  editMs: number[];
}

const astroBin = path.resolve('node_modules/astro/bin/astro.mjs');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function fetchText(url: string): Promise<string> {
  const res = await fetch(url, { headers: { 'cache-control': 'no-cache' } });
  return res.text();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function devEditLatency(
  dirs: { content: string; cache: string; out: string },
  entry: { file: string; url: string; sentence: string },
  edits = 3,
  timeoutMs = 30_000,
): Promise<DevMeasure> {
  const port = await freePort();
  const started = performance.now();
  // Its own process group, so stopping it also stops anything it started (and nothing else).
  const child = spawn(process.execPath, [astroBin, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ATLAS_CONTENT_DIR: dirs.content, ATLAS_CACHE_DIR: dirs.cache, ATLAS_OUT_DIR: dirs.out },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const file = path.join(dirs.content, entry.file);
  const original = readFileSync(file, 'utf8');
  if (!original.includes(entry.sentence)) throw new Error(`dev check: "${entry.sentence}" is not in ${file}`);
  let log = '';
  try {
    const readyMs = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`astro dev did not start within 120 s:\n${log.slice(-2000)}`)), 120_000);
      const onData = (chunk: Buffer) => {
        log += chunk.toString();
        if (/ready in|Local\s/i.test(log)) {
          clearTimeout(timer);
          resolve(performance.now() - started);
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (c: Buffer) => (log += c.toString()));
      child.once('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${log.slice(-2000)}`)));
    });
    const url = `http://127.0.0.1:${port}${entry.url}`;
    const firstStart = performance.now();
    const first = await fetchText(url);
    const firstPageMs = performance.now() - firstStart;
    if (!first.includes(entry.sentence.slice(0, 40))) throw new Error(`dev check: ${url} does not show the entry's text`);
    const editMs: number[] = [];
    for (let i = 1; i <= edits; i++) {
      const marker = `${entry.sentence.replace(/\.$/, '')} (edit ${i} for the dev-server check).`;
      writeFileSync(file, original.replace(entry.sentence, marker));
      const wrote = performance.now();
      for (;;) {
        if ((await fetchText(url)).includes(`(edit ${i} for the dev-server check)`)) break;
        if (performance.now() - wrote > timeoutMs) throw new Error(`dev check: edit ${i} did not show within ${timeoutMs} ms`);
        await sleep(25);
      }
      editMs.push(performance.now() - wrote);
      await sleep(500);
    }
    return { readyMs, firstPageMs, editMs };
  } finally {
    writeFileSync(file, original);
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
  }
}
