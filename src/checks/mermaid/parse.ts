/**
 * Parses Mermaid sources with the mermaid version the site renders with, in a worker thread
 * (see parse-worker.mjs). Resolves to one result per source: undefined when it parses.
 */
import { Worker } from 'node:worker_threads';
import { backgroundNiceness } from '../background';

export interface MermaidParseFailure {
  /** Mermaid's message, verbatim. */
  message: string;
  /** 1-based line in the diagram source, when the parser says. */
  line?: number;
  /** Mermaid did not recognise the diagram type (first line). */
  unknownType: boolean;
}

export function parseMermaid(sources: string[]): Promise<(MermaidParseFailure | undefined)[]> {
  if (!sources.length) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse-worker.mjs', import.meta.url), { workerData: { sources, niceness: backgroundNiceness } });
    worker.once('message', (results: (MermaidParseFailure | null)[]) => {
      resolve(results.map((r) => r ?? undefined));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the Mermaid parser worker stopped with exit code ${code}`));
    });
  });
}
