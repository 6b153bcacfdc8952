/**
 * Fences through the real Markdown pipeline (Sätteri with Astro's Shiki step and Atlas's plugins):
 * mermaid fences become figures that keep their source, code fences get titles, highlighted and diff
 * lines, and no fence meta leaks into the HTML.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { atlasMarkdownPlugins, shikiConfig } from '../../src/markdown';
import { parseFenceMeta } from '../../src/markdown/fence-meta';
import { diagramKind, diagramTitle } from '../../src/markdown/mermaid';
import { fixtureContent } from '../helpers/fixture';

const processor = createSatteriMarkdownProcessor({
  ...atlasMarkdownPlugins(fixtureContent),
  syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
  shikiConfig,
});
const render = async (markdown: string, file = 'guides/tuning-alpha.md') =>
  (await (await processor).render(markdown, { fileURL: pathToFileURL(path.join(fixtureContent, file)) })).code;

describe('fence meta', () => {
  test.each([
    ['', {}],
    ['title="main.go"', { title: 'main.go' }],
    ["title='a b.go' {3-5}", { title: 'a b.go', highlight: [3, 4, 5] }],
    ['{1,3} ins={4} del={2-3}', { highlight: [1, 3], inserted: [4], deleted: [2, 3] }],
    ['fragment', { fragment: true }],
    ['fragmnet {x}', { unknown: ['fragmnet', '{x}'] }],
    ['ins=4 caption="x"', { unknown: ['ins=4', 'caption="x"'] }],
  ])('%j is read as %j', (meta, expected) => {
    expect(parseFenceMeta(meta)).toEqual({ highlight: [], inserted: [], deleted: [], fragment: false, unknown: [], ...expected });
  });
});

describe('mermaid source', () => {
  test.each([
    ['graph TD\n  A --> B', 'flowchart', undefined],
    ['---\ntitle: Boot order\n---\nflowchart LR\n  A --> B', 'flowchart', 'Boot order'],
    ['%% a comment\nsequenceDiagram\n  accTitle: Login\n  A->>B: hi', 'sequence', 'Login'],
    ['pie title "Share of traffic"\n  "a" : 1', 'pie', 'Share of traffic'],
    ['gantt\n  title Migration plan\n  section A', 'gantt', 'Migration plan'],
    ['stateDiagram-v2\n  [*] --> A', 'state', undefined],
    ['journey\n  title x', 'other', 'x'],
  ])('%j is a %s diagram titled %j', (source, kind, title) => {
    expect(diagramKind(source)).toBe(kind);
    expect(diagramTitle(source)).toBe(title);
  });
});

describe('a mermaid fence', () => {
  const fence = '```mermaid title="Request path"\nflowchart LR\n  A[客户端] --> B{"ok?"}\n  B -- *yes* --> C\n```\n';

  test('becomes a figure whose visible fallback is the escaped source, captioned by its title', async () => {
    const html = await render(fence);
    expect(html).toContain('<figure class="diagram" data-mermaid="" data-diagram-kind="flowchart"');
    expect(html).toContain('aria-labelledby="diagram-1-caption"');
    expect(html).toContain('<figcaption id="diagram-1-caption">Request path</figcaption>');
    expect(html).toContain(
      '<pre class="diagram-source" tabindex="0" data-pagefind-ignore=""><code>flowchart LR\n  A[客户端] --&gt; B{"ok?"}\n  B -- *yes* --&gt; C</code></pre>',
    );
    expect(html).not.toContain('title=');
    expect(html).not.toContain('astro-code');
  });

  test.each([
    ['```mermaid\nsequenceDiagram\n  accTitle: Login flow\n  A->>B: hi\n```', 'guides/tuning-alpha.md', 'Login flow'],
    ['```mermaid\nstateDiagram-v2\n  [*] --> A\n```', 'guides/tuning-alpha.md', 'State diagram'],
    ['```mermaid\nstateDiagram-v2\n  [*] --> A\n```', 'projects/beta.zh.md', '状态图'],
  ])('without a title is named by the diagram itself or its type: %j in %s', async (md, file, name) => {
    const html = await render(md, file);
    expect(html).toContain(`aria-label="${name}"`);
    expect(html).not.toContain('<figcaption');
  });

  test('renders the same way in MDX, with braces kept as text', async () => {
    const { code } = mdxToJs(fence, { hastPlugins: atlasMarkdownPlugins(fixtureContent).hastPlugins });
    expect(code).toContain('"data-mermaid": ""');
    expect(code).toContain('children: "flowchart LR\\n  A[客户端] --> B{\\"ok?\\"}\\n  B -- *yes* --> C"');
  });
});

describe('a code fence', () => {
  test('with a title gets a caption, and `{lines}` highlights those lines', async () => {
    const html = await render('```go title="main.go" {2}\npackage main\n\nfunc main() {}\n```\n');
    expect(html).toMatch(/^<figure class="code-block" data-code-block=""><figcaption class="code-title">main\.go<\/figcaption><pre class="astro-code[^"]* has-highlighted"/);
    const lines = [...html.matchAll(/<span class="(line[^"]*)"/g)].map((m) => m[1]);
    expect(lines).toEqual(['line', 'line highlighted', 'line']);
  });

  test('marks added and removed lines from meta and from [!code] comments, and drops the comments', async () => {
    const html = await render('```go fragment del={1} ins={2}\nx := 1\nx := 2\ny := x // [!code ++]\nz := y // [!code --]\n```\n');
    const lines = [...html.matchAll(/<span class="(line[^"]*)"/g)].map((m) => m[1]);
    expect(lines).toEqual(['line diff remove', 'line diff add', 'line diff add', 'line diff remove']);
    expect(html).not.toContain('[!code');
    expect(html).toMatch(/<div class="code-block" data-code-block="" data-language="go"><pre class="astro-code[^"]* has-diff"/);
  });

  test('never shows its meta words in the page', async () => {
    const html = await render('```go fragment {1} ins={1}\nx := 1\n```\n');
    for (const junk of ['fragment', '{1}', 'ins=']) expect(html).not.toContain(junk);
  });

  test.each(['thrift', 'proto', 'yaml', 'bash', 'json'])('in %s is highlighted, not left as plain text', async (lang) => {
    const samples: Record<string, string> = {
      thrift: 'struct Req {\n  1: required string msg\n}',
      proto: 'message Req {\n  string msg = 1;\n}',
      yaml: 'server:\n  workers: 4',
      bash: 'go test ./... -run TestEcho',
      json: '{ "workers": 4 }',
    };
    const html = await render(`\`\`\`${lang}\n${samples[lang]}\n\`\`\`\n`);
    expect(html).toContain(`data-language="${lang}"`);
    const colours = new Set([...html.matchAll(/--shiki-light:(#[0-9A-Fa-f]+)/g)].map((m) => m[1]));
    expect(colours.size).toBeGreaterThan(2);
  });
});
