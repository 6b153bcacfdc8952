/**
 * The static import graph of a source folder: which module imports which, read from the files
 * themselves. TypeScript parses each `.ts` file and the code of each `.astro` file (its frontmatter
 * and its bundled `<script>`s), so imports in comments, strings or Markdown samples never count.
 * Only relative specifiers are followed; packages and virtual modules (`astro:content`) are outside
 * the graph. Dynamic `import()` is not a static edge and is left out.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  /** The specifier as written: `../knowledge/graph`. */
  specifier: string;
  /** The file it resolves to, relative to the root (`knowledge/graph.ts`); undefined when nothing matches. */
  target: string | undefined;
  /** `import type` / `export type`: erased from the JavaScript (verbatimModuleSyntax), so no run-time edge. */
  typeOnly: boolean;
}

/** Every `.ts` and `.astro` file under the root, relative to it, with the relative imports it makes. */
export type ImportGraph = Map<string, ImportEdge[]>;

const parsedExtensions = ['.ts', '.astro'];

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const abs = path.join(dir, name);
      return statSync(abs).isDirectory() ? walk(abs) : [abs];
    });
}

/**
 * The code of an `.astro` file: the frontmatter, and each `<script>` without attributes (the ones Astro
 * bundles; a script with attributes such as `is:inline` or `type="application/json"` is left as it is).
 */
export function astroCode(text: string): string[] {
  const code: string[] = [];
  let rest = text;
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (front) {
    code.push(front[1]!);
    rest = text.slice(front[0].length);
  }
  for (let at = rest.indexOf('<script'); at >= 0; at = rest.indexOf('<script', at + 1)) {
    // Read the attributes up to the closing `>`, skipping quoted strings and `{expressions}`.
    let i = at + '<script'.length;
    let quote: string | undefined;
    let depth = 0;
    for (; i < rest.length; i++) {
      const ch = rest[i]!;
      if (quote) {
        if (ch === quote) quote = undefined;
      } else if (ch === '"' || ch === "'" || ch === '`') quote = ch;
      else if (ch === '{') depth++;
      else if (ch === '}') depth--;
      else if (ch === '>' && depth === 0) break;
    }
    const attributes = rest.slice(at + '<script'.length, i).trim();
    if (attributes.endsWith('/')) continue; // <script … />: no content
    const end = rest.indexOf('</script>', i);
    if (end < 0) break;
    if (attributes === '') code.push(rest.slice(i + 1, end));
    at = end;
  }
  return code;
}

/** Static `import … from '…'`, `import '…'` and `export … from '…'` of some TypeScript code. */
export function staticImports(code: string, fileName = 'module.ts'): { specifier: string; typeOnly: boolean }[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  for (const s of source.statements) {
    if (ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier)) {
      found.push({ specifier: s.moduleSpecifier.text, typeOnly: s.importClause?.isTypeOnly ?? false });
    } else if (ts.isExportDeclaration(s) && s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier)) {
      found.push({ specifier: s.moduleSpecifier.text, typeOnly: s.isTypeOnly });
    }
  }
  return found;
}

/** `./x` is x itself when it names a file, else x.ts, x/index.ts or x.astro. */
function resolve(root: string, from: string, specifier: string): string | undefined {
  const base = path.resolve(root, path.dirname(from), specifier);
  const candidates = [base, `${base}.ts`, path.join(base, 'index.ts'), `${base}.astro`];
  const hit = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  return hit === undefined ? undefined : path.relative(root, hit).split(path.sep).join('/');
}

/** Reads every `.ts` and `.astro` file under `root` and resolves its relative imports. */
export function importGraph(root: string): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const abs of walk(root).filter((f) => parsedExtensions.includes(path.extname(f)))) {
    const file = path.relative(root, abs).split(path.sep).join('/');
    const text = readFileSync(abs, 'utf8');
    const code = file.endsWith('.astro') ? astroCode(text) : [text];
    graph.set(
      file,
      code
        .flatMap((c) => staticImports(c, file))
        .filter((i) => i.specifier.startsWith('./') || i.specifier.startsWith('../'))
        .map((i) => ({ ...i, target: resolve(root, file, i.specifier) })),
    );
  }
  return graph;
}

/**
 * Every import cycle, one per group of modules that reach each other (a strongly connected component),
 * each as a path that starts and ends at the same file: ['a.ts', 'b.ts', 'a.ts'].
 */
export function findCycles(edges: Map<string, string[]>): string[][] {
  // Tarjan's algorithm, then a shortest path back to the first member inside each component.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      const selfLoop = (edges.get(v) ?? []).includes(v);
      if (component.length > 1 || selfLoop) components.push(component.sort());
    }
  };
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) visit(v);
  return components.sort((a, b) => a[0]!.localeCompare(b[0]!)).map((component) => {
    const members = new Set(component);
    const start = component[0]!;
    // Breadth-first from the start's successors back to the start, staying inside the component.
    const previous = new Map<string, string>();
    const queue = [start];
    while (queue.length) {
      const v = queue.shift()!;
      for (const w of edges.get(v) ?? []) {
        if (!members.has(w)) continue;
        if (w === start) {
          const between: string[] = [];
          for (let u = v; u !== start; u = previous.get(u)!) between.unshift(u);
          return [start, ...between, start];
        }
        if (!previous.has(w)) {
          previous.set(w, v);
          queue.push(w);
        }
      }
    }
    throw new Error(`findCycles: ${start} is in a cycle but no path leads back to it`);
  });
}

/** `a.ts → b.ts → a.ts` */
export const formatCycle = (cycle: string[]) => cycle.join(' → ');

/** The run-time edges of a graph, file → files it loads (type-only imports left out). */
export const runtimeEdges = (graph: ImportGraph): Map<string, string[]> =>
  new Map([...graph].map(([file, edges]) => [file, [...new Set(edges.filter((e) => e.target && !e.typeOnly).map((e) => e.target!))]]));

/**
 * The forbidden files `from` reaches, each with the shortest import chain that leads there
 * ([['views/a.ts', 'views/b.ts', 'social/card.ts']]); the walk does not go on past a forbidden file.
 */
export function forbiddenReach(edges: Map<string, string[]>, from: string, forbidden: (file: string) => boolean): string[][] {
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  const found: string[][] = [];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of edges.get(v) ?? []) {
      if (previous.has(w)) continue;
      previous.set(w, v);
      // Past the first forbidden file the chain only grows: stop there.
      if (!forbidden(w)) {
        queue.push(w);
        continue;
      }
      const chain = [w];
      for (let u = v; u !== from; u = previous.get(u)!) chain.unshift(u);
      found.push([from, ...chain]);
    }
  }
  return found;
}
