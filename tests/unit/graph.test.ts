import { describe, expect, test } from 'vitest';
import { buildGraph, findRefs, keyOf, type GraphInput } from '../../src/knowledge/graph';
import { graphInputOf } from '../../src/knowledge/graph-input';
import { scanBody } from '../../src/markdown/scan';

const ref = (collection: string, id: string) => ({ collection, id });

describe('knowledge graph', () => {
  const inputs: GraphInput[] = [
    { collection: 'projects', id: 'kitex', data: { relations: [{ kind: 'built-on', target: ref('projects', 'netpoll'), source: ref('sources', 's1') }], tags: [ref('tags', 'rpc')], sources: [ref('sources', 's1')] } },
    { collection: 'projects', id: 'netpoll', data: { sources: [ref('sources', 's2')] } },
    {
      collection: 'cases',
      id: 'c',
      data: { projects: [ref('projects', 'kitex')], sources: [ref('sources', 's1')] },
      scan: { links: [], images: [], markup: [], paragraphs: [], linkTexts: [], headings: [], fences: [], citations: [{ id: 's2', line: 3, occurrence: 1, sentence: 'A.' }, { id: 's1', line: 4, occurrence: 1, sentence: 'B.' }] },
      linkTargets: [keyOf('projects', 'netpoll')],
    },
    { collection: 'sources', id: 's1', data: {} },
    { collection: 'sources', id: 's2', data: {} },
    { collection: 'tags', id: 'rpc', data: {} },
  ];
  const graph = buildGraph(inputs);

  test('finds references anywhere in frontmatter, with their field', () => {
    expect(findRefs(inputs[0]!.data).map((r) => `${r.field}→${r.target}`)).toEqual([
      'relations[0].target→projects/netpoll',
      'relations[0].source→sources/s1',
      'tags[0]→tags/rpc',
      'sources[0]→sources/s1',
    ]);
  });

  test('derives the inverse of every relation', () => {
    expect(graph.relationsOf('projects/kitex')).toEqual([{ kind: 'built-on', other: 'projects/netpoll', declared: true, source: 'sources/s1' }]);
    expect(graph.relationsOf('projects/netpoll')).toEqual([{ kind: 'built-on', other: 'projects/kitex', declared: false, source: 'sources/s1' }]);
  });

  test('backlinks come from body links and frontmatter references', () => {
    expect(graph.mentionedIn('projects/netpoll')).toEqual(['cases/c', 'projects/kitex']);
    expect(graph.mentionedIn('projects/kitex')).toEqual(['cases/c']);
  });

  test('references list inline citations first, in order, then the other sources', () => {
    expect(graph.referencesOf('cases/c')).toEqual(['sources/s2', 'sources/s1']);
    expect(graph.citedBy('sources/s1')).toEqual(['cases/c', 'projects/kitex']);
  });

  test('reports dangling references with their field', () => {
    const g = buildGraph([{ collection: 'guides', id: 'g', data: { projects: [ref('projects', 'nope')] } }]);
    expect(g.dangling).toEqual([{ from: 'guides/g', ref: { target: 'projects/nope', field: 'projects[0]' } }]);
  });

  test('stays correct on 2,000 generated entries', () => {
    const n = 2000;
    const generated: GraphInput[] = Array.from({ length: n }, (_, i) => ({
      collection: 'projects',
      id: `p${i}`,
      data: { relations: [{ kind: 'uses', target: ref('projects', `p${(i + 1) % n}`), source: ref('sources', 's') }] },
      linkTargets: [keyOf('projects', `p${(i * 7) % n}`)],
    }));
    const g = buildGraph([...generated, { collection: 'sources', id: 's', data: {} }]);
    for (let i = 0; i < n; i += 97) {
      const key = keyOf('projects', `p${i}`);
      const prev = (i - 1 + n) % n;
      expect(g.relationsOf(key)).toContainEqual({ kind: 'uses', other: `projects/p${prev}`, declared: false, source: 'sources/s' });
      const expected = new Set([`projects/p${prev}`]);
      for (let j = 0; j < n; j++) if ((j * 7) % n === i && j !== i) expected.add(`projects/p${j}`);
      expect(g.mentionedIn(key)).toEqual([...expected].sort());
    }
    expect(g.citedBy('sources/s')).toHaveLength(n);
  });
});

describe('the graph input the checker and the site share', () => {
  test('a body link names the entry whose file it points to, from the linking file’s folder; other links name none', () => {
    const root = '/atlas/content';
    const scan = scanBody('[Beta](beta.md#design), [a case](../cases/c.mdx), [a translation](beta.zh.md), [Go](https://go.dev/), [README](../../README.md).\n', 'md');
    const [input] = graphInputOf([{ collection: 'projects', id: 'alpha', data: {}, file: `${root}/projects/alpha.md`, scan }], root);
    expect(input!.linkTargets).toEqual(['projects/beta', 'cases/c', 'projects/beta', undefined, undefined]);
  });

  test('an entry without a body has no links to resolve', () => {
    expect(graphInputOf([{ collection: 'sources', id: 's', data: {}, file: '/atlas/content/sources/s.yaml' }], '/atlas/content')[0]!.linkTargets).toBeUndefined();
  });
});
