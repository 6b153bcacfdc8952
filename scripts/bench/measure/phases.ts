/**
 * The phase breakdown of a build, read from its log: each line carries the moment the harness received
 * it (pipes are synchronous on Linux, so that is when it was written). Astro's own markers bound the
 * phases; Atlas's integrations report their own durations (`content check passed in N ms`,
 * `search index: … in N ms`); `wait` is the time the build waits, after rendering, for the cards drawn
 * beside it. What no marker covers is `other` (config load, process exit). Two kinds of work run beside
 * the build, on the other core, and are reported but not part of the wall's sum: the Mermaid and Go
 * checks (`tools`) and the social cards (`cards`, drawn by their own process). Logs of older builds,
 * which rendered cards as `/og/….png` routes, still split those out of the rendering time.
 */
import type { TimedLine } from './process';

export interface Phases {
  /** Content gate, in-process rules (schemas, links, citations…): reported by the gate. */
  check?: number;
  /** Astro's content layer: "Syncing content" → "Synced content". */
  sync?: number;
  /** Types, build info: the rest of Astro's setup before bundling. */
  setup?: number;
  /** Vite/Rolldown bundling of the server and client entrypoints. */
  bundle?: number;
  /** Rendering every HTML page (render wall minus the cards). */
  pages?: number;
  /** Waiting, after rendering, for the work beside the build to finish (and placing the cards). */
  wait?: number;
  /** Beside the build: the social card renderer's own time (or, in old logs, the `/og/*.png` routes'). */
  cards?: number;
  /** Beside the build: the content gate's Mermaid parse, gofmt and go vet, from start to finish. */
  tools?: number;
  /** Pagefind indexing: reported by the search-index integration (Atlas) or the CLI's wall (baseline). */
  search?: number;
  /** Everything else: Node start, config load, integrations after rendering, exit. */
  other: number;
}

export const phaseNames = ['check', 'sync', 'setup', 'bundle', 'pages', 'wait', 'search', 'other', 'tools', 'cards'] as const;
/** Work that runs beside the build: shown, but not part of the phases that add up to the wall. */
export const besidePhases: readonly (typeof phaseNames)[number][] = ['tools', 'cards'];

const markers = {
  check: /content check passed in (\d+) ms/,
  syncing: /\[content\] Syncing content/,
  synced: /\[content\] Synced content/,
  entrypoints: /Building static entrypoints/,
  routes: /generating static routes/,
  completed: /✓ Completed in/,
  route: /[├└]─ (\S+) \(\+(\d+)ms\)/,
  search: /search index: .* in (\d+) ms/,
  tools: /Mermaid and Go blocks checked in (\d+) ms/,
  cards: /social cards: (\d+) \(.* in (\d+) ms, beside the build; placed in (\d+) ms/,
};

export function parsePhases(lines: TimedLine[], wallMs: number): Phases {
  const find = (re: RegExp, from = 0) => {
    for (let i = from; i < lines.length; i++) if (re.test(lines[i]!.text)) return i;
    return -1;
  };
  const at = (i: number) => (i >= 0 ? lines[i]!.at : undefined);
  const checkLine = find(markers.check);
  const check = checkLine >= 0 ? Number(markers.check.exec(lines[checkLine]!.text)![1]) : undefined;
  const syncing = find(markers.syncing);
  const synced = find(markers.synced, Math.max(syncing, 0));
  const entrypoints = find(markers.entrypoints);
  const routes = find(markers.routes);
  const completed = routes >= 0 ? find(markers.completed, routes) : -1;
  const searchLine = find(markers.search);

  const toolsLine = find(markers.tools);
  const cardsLine = find(markers.cards);
  let cards = 0;
  if (routes >= 0) {
    for (let i = routes; i < (completed >= 0 ? completed : lines.length); i++) {
      const m = markers.route.exec(lines[i]!.text);
      if (m && m[1]!.endsWith('.png')) cards += Number(m[2]);
    }
  }
  const span = (a: number, b: number) => (a >= 0 && b >= 0 ? at(b)! - at(a)! : undefined);
  const renderWall = span(routes, completed);
  const setupStart = checkLine >= 0 ? checkLine : -1;
  const setup =
    syncing >= 0 && entrypoints >= 0 ? (setupStart >= 0 ? at(syncing)! - at(setupStart)! : 0) + at(entrypoints)! - at(synced)! : undefined;
  const phases: Phases = {
    check,
    sync: span(syncing, synced),
    setup,
    bundle: span(entrypoints, routes),
    pages: renderWall !== undefined ? renderWall - cards : undefined,
    wait: cardsLine >= 0 ? Number(markers.cards.exec(lines[cardsLine]!.text)![3]) : undefined,
    search: searchLine >= 0 ? Number(markers.search.exec(lines[searchLine]!.text)![1]) : undefined,
    other: 0,
    tools: toolsLine >= 0 ? Number(markers.tools.exec(lines[toolsLine]!.text)![1]) : undefined,
    cards: cardsLine >= 0 ? Number(markers.cards.exec(lines[cardsLine]!.text)![2]) : routes >= 0 && cards > 0 ? cards : undefined,
  };
  // Old logs: cards were routes, rendered in the wall; now they are beside it.
  const onPath = phaseNames.filter((p) => p !== 'other' && (!besidePhases.includes(p) || (p === 'cards' && cardsLine < 0)));
  const named = onPath.reduce((sum, p) => sum + (phases[p] ?? 0), 0);
  phases.other = Math.max(0, wallMs - named);
  return phases;
}

/** Number of routes the log lists, by kind. */
export function routeCounts(lines: TimedLine[]): { html: number; cards: number; other: number } {
  const counts = { html: 0, cards: 0, other: 0 };
  for (const { text } of lines) {
    const m = markers.route.exec(text);
    if (!m) continue;
    if (m[1]!.endsWith('.png')) counts.cards++;
    else if (m[1]!.endsWith('.html')) counts.html++;
    else counts.other++;
  }
  const cardsLine = lines.find(({ text }) => markers.cards.test(text));
  if (cardsLine) counts.cards = Number(markers.cards.exec(cardsLine.text)![1]);
  return counts;
}

/** The phase a moment of the build falls in, by the last marker line before it. */
export function phaseAt(lines: TimedLine[], at: number): string {
  const order: [RegExp, string][] = [
    [markers.search, 'after search index'],
    [markers.completed, 'search index (or after rendering)'],
    [markers.routes, 'rendering pages and cards'],
    [markers.entrypoints, 'bundle'],
    [markers.synced, 'setup'],
    [markers.syncing, 'content sync'],
    [markers.check, 'after content check'],
  ];
  const before = lines.filter((l) => l.at <= at);
  const rendered = before.some((l) => markers.routes.test(l.text));
  for (let i = before.length - 1; i >= 0; i--) {
    const hit = order.find(([re]) => re.test(before[i]!.text));
    // "✓ Completed in" also closes Astro's "Collecting build info" step, before any route.
    if (hit) return hit[0] === markers.completed && !rendered ? 'setup' : hit[1];
  }
  return 'startup or content check';
}
