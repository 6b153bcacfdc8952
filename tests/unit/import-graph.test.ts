/**
 * Imports follow the flow. The graph is read from every `.ts` and `.astro` file under src/ (static
 * relative imports only: see tests/helpers/import-graph.ts). Both the cycle check and the layering rules
 * look at run-time imports: `import type` and `export type … from` are erased from the JavaScript
 * (verbatimModuleSyntax), so they load nothing and cannot make a module see another half-initialised.
 * One type-only cycle exists today (checks/context.ts → checks/rules/reading.ts → checks/rules/types.ts,
 * which imports the CheckContext type back) and is harmless for that reason.
 */
import { describe, expect, test } from 'vitest';
import {
  astroCode,
  findCycles,
  forbiddenReach,
  formatCycle,
  importGraph,
  runtimeEdges,
  staticImports,
} from '../helpers/import-graph';

const graph = importGraph('src');
const edges = runtimeEdges(graph);
const files = [...graph.keys()];

describe('imports under src/', () => {
  test('every relative import names a file that exists', () => {
    const unresolved = [...graph].flatMap(([file, list]) => list.filter((e) => !e.target).map((e) => `${file}: '${e.specifier}'`));
    expect(unresolved).toEqual([]);
  });

  test('the graph sees the imports of .ts files and of .astro scripts', () => {
    // Guards the checks below: a parser that found nothing would pass them all.
    expect(edges.get('views/entry.ts')).toContain('knowledge/graph.ts');
    expect(edges.get('components/previews/LinkPreviews.astro')).toContain('components/previews/link-previews.ts');
  });

  test('no module imports itself back, directly or through others', () => {
    expect(findCycles(edges).map(formatCycle)).toEqual([]);
  });

  // Each rule: the files it applies to, what they must never load (directly or through other modules),
  // and why. The report names the import chain, so the fix is plain.
  const rules: { name: string; from: (f: string) => boolean; forbidden: (f: string) => boolean }[] = [
    {
      // The content checker runs the Markdown transforms; the build must not load the checker.
      name: 'Markdown transforms never load the content checker',
      from: (f) => f.startsWith('markdown/'),
      forbidden: (f) => f.startsWith('checks/'),
    },
    {
      // views/social.ts reads the card plan (catalog.ts, pure) so pages link the same card the build draws;
      // the renderer (satori, resvg, fonts) stays in its own process.
      name: 'page data loads nothing of social/ but the card plan',
      from: (f) => f.startsWith('views/'),
      forbidden: (f) => f.startsWith('social/') && f !== 'social/catalog.ts',
    },
    {
      // Content files → schemas → knowledge graph → pages: nothing upstream knows how a page looks.
      name: 'content reading, schemas, the graph and Markdown never load page code',
      from: (f) => /^(content-files|schemas|knowledge|markdown)\//.test(f),
      forbidden: (f) => /^(views|components|pages)\//.test(f),
    },
  ];

  test.each(rules)('$name', ({ from, forbidden }) => {
    const chains = files.filter(from).flatMap((f) => forbiddenReach(edges, f, forbidden));
    expect(chains.map(formatCycle)).toEqual([]);
  });
});

describe('reading the import graph', () => {
  test('a cycle reads as the path around it', () => {
    const g = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts', 'd.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    expect(findCycles(g).map(formatCycle)).toEqual(['a.ts → b.ts → c.ts → a.ts', 'e.ts → e.ts']);
  });

  test('a forbidden file is reported with the chain that reaches it', () => {
    const g = new Map([
      ['views/a.ts', ['views/b.ts']],
      ['views/b.ts', ['social/card.ts']],
      ['social/card.ts', ['social/fonts.ts']],
    ]);
    expect(forbiddenReach(g, 'views/a.ts', (f) => f.startsWith('social/')).map(formatCycle)).toEqual([
      'views/a.ts → views/b.ts → social/card.ts',
    ]);
  });

  test('type-only imports are told apart; comments and strings are not imports', () => {
    const code = [
      "import { a } from './a';",
      "import type { B } from './b';",
      "import { type C } from './c';",
      "export { d } from './d';",
      "export type { E } from './e';",
      "import './f.css';",
      "// import { g } from './g';",
      "const h = \"import { h } from './h'\";",
      "const i = () => import('./i');",
    ].join('\n');
    expect(staticImports(code)).toEqual([
      { specifier: './a', typeOnly: false },
      { specifier: './b', typeOnly: true },
      // `import { type C }` still loads ./c under verbatimModuleSyntax (it becomes `import {} from './c'`).
      { specifier: './c', typeOnly: false },
      { specifier: './d', typeOnly: false },
      { specifier: './e', typeOnly: true },
      { specifier: './f.css', typeOnly: false },
    ]);
  });

  test('an .astro file is read for its frontmatter and its bundled scripts only', () => {
    const astro = [
      '---',
      "import A from './A.astro';",
      '---',
      "<p>import { x } from './not-code'</p>",
      '<script type="application/json" set:html={JSON.stringify(data).replace(/</g, "\\u003c")} />',
      "<script is:inline>import('./inline');</script>",
      '<script>',
      "  import { boot } from './boot';",
      '</script>',
    ].join('\n');
    expect(astroCode(astro).flatMap((c) => staticImports(c)).map((i) => i.specifier)).toEqual(['./A.astro', './boot']);
  });
});
