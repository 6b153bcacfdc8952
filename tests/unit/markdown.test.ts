import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { splitCitations } from '../../src/markdown/citations';
import { resolveLink } from '../../src/markdown/links';
import { atlasMarkdownPlugins } from '../../src/markdown';
import { scanBody } from '../../src/markdown/scan';
import { fixtureContent } from '../helpers/fixture';

const render = async (markdown: string, file = 'projects/alpha.md') => {
  const { mdastPlugins } = atlasMarkdownPlugins(fixtureContent);
  const { html } = markdownToHtml(markdown, {
    mdastPlugins,
    fileURL: pathToFileURL(path.join(fixtureContent, file)),
  });
  return html.trim();
};

describe('citations', () => {
  test('splits text into prose and citation markers', () => {
    expect(splitCitations('Fast [@a][@b-c], really [@a].')).toEqual([
      { text: 'Fast ' },
      { cite: 'a' },
      { cite: 'b-c' },
      { text: ', really ' },
      { cite: 'a' },
      { text: '.' },
    ]);
  });

  test('render as numbered markers, reusing the number of a source cited again, each with its own anchor', async () => {
    const html = await render('One [@x]. Two [@y]. One again [@x].');
    const marker = (id: string, k: number, n: number) =>
      `<sup class="cite" id="cite-${id}-${k}" data-pagefind-ignore=""><a href="#ref-${id}" data-cite="${id}" aria-label="source ${n}">[${n}]</a></sup>`;
    expect(html).toBe(`<p>One ${marker('x', 1, 1)}. Two ${marker('y', 1, 2)}. One again ${marker('x', 2, 1)}.</p>`);
  });

  test('are left alone inside code', async () => {
    expect(await render('Write `[@id]` after a claim.')).toBe('<p>Write <code>[@id]</code> after a claim.</p>');
  });

  test('work in MDX too', async () => {
    const { mdastPlugins } = atlasMarkdownPlugins(fixtureContent);
    const { code } = mdxToJs('Fast [@x].', { mdastPlugins });
    expect(code).toContain('href: "#ref-x"');
  });
});

describe('relative links', () => {
  const from = path.join(fixtureContent, 'projects/alpha.md');
  test.each([
    ['beta.md', { kind: 'entry', collection: 'projects', id: 'beta', locale: 'en' }],
    ['../cases/alpha-at-example.mdx#results', { kind: 'entry', collection: 'cases', id: 'alpha-at-example', anchor: 'results' }],
    ['beta.zh.md', { kind: 'entry', collection: 'projects', id: 'beta', locale: 'zh' }],
    ['https://go.dev/doc/gc-guide', { kind: 'other' }],
    ['#design', { kind: 'other' }],
    ['/projects/beta/', { kind: 'other' }],
    ['../../README.md', { kind: 'outside' }],
  ])('%s resolves to %o', (href, expected) => {
    expect(resolveLink(href, from, fixtureContent)).toMatchObject(expected);
  });

  test('become site URLs', async () => {
    expect(await render('[Beta](beta.md#design) and [go.dev](https://go.dev/)')).toBe(
      '<p><a href="/projects/beta/#design">Beta</a> and <a href="https://go.dev/">go.dev</a></p>',
    );
  });

  test('from a Chinese page go to the Chinese translation when it exists, else to English', async () => {
    const html = await render('[Beta](beta.md) [Alpha](alpha.md)', 'projects/beta.zh.md');
    expect(html).toBe('<p><a href="/zh/projects/beta/">Beta</a> <a href="/projects/alpha/">Alpha</a></p>');
  });
});

describe('body scan', () => {
  test('records links, citations with the sentence they support, headings and fences with file lines', () => {
    const body = '## Why Go?\n\nSee [etcd](../projects/etcd.md) [@etcd-docs].\n\n```go fragment\nx := 1\n```\n\n## Why Go?\n';
    const scan = scanBody(body, 'md', 5);
    expect(scan.links).toEqual([{ href: '../projects/etcd.md', line: 8 }]);
    expect(scan.citations).toEqual([{ id: 'etcd-docs', line: 8, occurrence: 1, sentence: 'See etcd.' }]);
    expect(scan.headings.map((h) => [h.slug, h.line])).toEqual([
      ['why-go', 6],
      ['why-go-1', 14],
    ]);
    expect(scan.fences).toEqual([{ lang: 'go', meta: 'fragment', value: 'x := 1', line: 10 }]);
  });
});
