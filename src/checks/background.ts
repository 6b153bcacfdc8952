/**
 * Work that runs beside the build (the Mermaid and Go checks, the social card renderer) yields the CPU to
 * Astro's main thread: it runs at a lower scheduling priority, so on a machine with few cores it fills the
 * time the main thread waits (bundling threads, file writes) instead of slowing it. Best effort: where the
 * OS refuses, the work runs at normal priority. (The Mermaid worker thread lowers its own, in
 * mermaid/parse-worker.mjs.)
 */
import os from 'node:os';

/** The niceness of background work (0 is normal, 19 the lowest). */
export const backgroundNiceness = 10;

/** Lowers the priority of a child process. */
export function lowerPriority(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    os.setPriority(pid, backgroundNiceness);
  } catch {
    // Not permitted, or the process has already exited: it runs at normal priority.
  }
}
