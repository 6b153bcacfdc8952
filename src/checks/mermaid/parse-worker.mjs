// Parses Mermaid diagrams with mermaid's own parser, in a worker thread so that the DOM shim it needs
// (happy-dom: mermaid's DOMPurify wants a window) never touches the globals of the build or the checker.
// Plain JavaScript because it runs as a Worker entry file. Input: workerData.sources (string[]) and
// workerData.niceness (see ../background.ts). Output: one message, an array with null (parsed) or
// { message, line } per source.
import { readlinkSync } from 'node:fs';
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { Window } from 'happy-dom';

// This thread runs beside the build: it yields the CPU to Astro's main thread (Linux schedules threads by id).
try {
  os.setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), workerData.niceness);
} catch {
  // Not Linux, or not permitted: normal priority.
}

const window = new Window();
globalThis.window = window;
globalThis.document = window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

const results = [];
for (const source of workerData.sources) {
  try {
    await mermaid.parse(source);
    results.push(null);
  } catch (error) {
    const message = String(error?.message ?? error);
    const line = error?.hash?.loc?.first_line ?? Number(/\bline (\d+)/.exec(message)?.[1] ?? 0);
    results.push({ message, line: line || undefined, unknownType: error?.name === 'UnknownDiagramError' });
  }
}
parentPort.postMessage(results);
await window.happyDOM.close();
