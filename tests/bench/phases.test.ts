import { describe, expect, test } from 'vitest';
import { parsePhases, phaseAt, routeCounts } from '../../scripts/bench/measure/phases';

/** A shortened Go Atlas build log, as the harness receives it: each line with its arrival time in ms. */
const log = [
  [900, '17:26:00 [atlas:content-gate] content check passed in 600 ms'],
  [1000, '17:26:01 [content] Syncing content'],
  [3000, '17:26:03 [content] Synced content'],
  [3100, '17:26:03 [build] ✓ Completed in 2.10s.'],
  [3500, '17:26:04 [build] Building static entrypoints...'],
  [8500, ' generating static routes '],
  [8700, '17:26:09   ├─ /og/projects/p-1.png (+40ms) '],
  [8750, '17:26:09   ├─ /og/projects/p-2.png (+45ms) '],
  [9000, '17:26:09   ├─ /projects/p-1/index.html (+5ms) '],
  [9100, '17:26:09   └─ /zh/projects/p-1/index.html (+4ms) '],
  [12500, '17:26:12 ✓ Completed in 4.00s.'],
  [13800, '17:26:14 [atlas:search-index] search index: 2 pages (en 1, zh-cn 1), 50 KB, in 1200 ms'],
].map(([at, text]) => ({ at: at as number, text: text as string }));

/** The same build as it logs now: tools and cards beside the build, no card routes. */
const besideLog = [
  [900, '17:26:00 [atlas:content-gate] content check passed in 600 ms; Mermaid and Go blocks are checked while the site builds'],
  [1000, '17:26:01 [content] Syncing content'],
  [2500, '17:26:02 [atlas:content-gate] Mermaid and Go blocks checked in 1900 ms'],
  [3000, '17:26:03 [content] Synced content'],
  [3100, '17:26:03 [build] ✓ Completed in 2.10s.'],
  [3500, '17:26:04 [build] Building static entrypoints...'],
  [8500, ' generating static routes '],
  [9000, '17:26:09   ├─ /projects/p-1/index.html (+5ms) '],
  [9100, '17:26:09   └─ /zh/projects/p-1/index.html (+4ms) '],
  [12500, '17:26:12 ✓ Completed in 4.00s.'],
  [12600, '17:26:12 [atlas:social-cards] social cards: 3 (2 drawn, 1 from the cache) in 7000 ms, beside the build; placed in 300 ms'],
  [13800, '17:26:14 [atlas:search-index] search index: 2 pages (en 1, zh-cn 1), 50 KB, in 1200 ms'],
].map(([at, text]) => ({ at: at as number, text: text as string }));

describe('phase breakdown from a build log', () => {
  test('bounds phases by Astro markers and takes check, cards and search from their own reports', () => {
    expect(parsePhases(log, 14_000)).toEqual({ check: 600, sync: 2000, setup: 600, bundle: 5000, pages: 3915, cards: 85, search: 1200, other: 600 });
  });

  test('reports the tools and cards that run beside the build without adding them to the wall', () => {
    expect(parsePhases(besideLog, 14_000)).toEqual({ check: 600, sync: 2000, setup: 600, bundle: 5000, pages: 4000, wait: 300, search: 1200, other: 300, tools: 1900, cards: 7000 });
    expect(routeCounts(besideLog)).toEqual({ html: 2, cards: 3, other: 0 });
  });

  test('counts routes by kind', () => {
    expect(routeCounts(log)).toEqual({ html: 2, cards: 2, other: 0 });
  });

  test.each([
    [500, 'startup or content check'],
    [2000, 'content sync'],
    [3300, 'setup'],
    [6000, 'bundle'],
    [10_000, 'rendering pages and cards'],
    [13_000, 'search index (or after rendering)'],
    [13_900, 'after search index'],
  ])('places a moment %i ms into the build in %s', (at, phase) => {
    expect(phaseAt(log, at)).toBe(phase);
  });
});
