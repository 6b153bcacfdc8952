/**
 * Guards for the hot paths the benchmark found (docs/performance.md): per-page work that must stay
 * per-build, and lookups that must stay linear in the size of the corpus. Each guard is generous (a
 * quadratic or per-call version fails it by an order of magnitude), so machine load does not flake it.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { describe, expect, test } from 'vitest';
import { buildGraph, keyOf, type EntryKey, type GraphInput } from '../../src/knowledge/graph';
import { cardSize, resvgOptions } from '../../src/social/card';
import { fontsFor } from '../../src/social/fonts';
import { positionIn } from '../../src/views/entry-page';
import { formatFigure, formatPartialDate } from '../../src/views/format';

describe('social cards', () => {
  test('resvg does not load system fonts, and draws the same pixels without them', async () => {
    expect(resvgOptions.font.loadSystemFonts).toBe(false);
    const text = 'Synthetic 合成项目 00042: adaptive gateway';
    const { fonts, family } = fontsFor(text);
    const svg = await satori(
      { type: 'div', props: { style: { display: 'flex', width: '100%', height: '100%', fontFamily: family, fontSize: 58 }, children: text } } as never,
      { ...cardSize, fonts },
    );
    expect(svg).not.toContain('<text'); // satori draws glyphs as paths: nothing for resvg's fonts to do
    const withSystemFonts = new Resvg(svg, { fitTo: resvgOptions.fitTo }).render().pixels;
    expect(Buffer.compare(new Resvg(svg, resvgOptions).render().pixels, withSystemFonts)).toBe(0);
  });
});

describe('formatting', () => {
  test('builds each Intl formatter once, not once per call', () => {
    const { DateTimeFormat, NumberFormat } = Intl;
    let made = 0;
    const counting = <T extends object>(ctor: T) =>
      new Proxy(ctor, {
        construct(target, args) {
          made++;
          return Reflect.construct(target as never, args);
        },
      });
    Intl.DateTimeFormat = counting(DateTimeFormat);
    Intl.NumberFormat = counting(NumberFormat);
    try {
      for (let i = 0; i < 500; i++) {
        formatPartialDate(`2022-0${1 + (i % 9)}-1${i % 9}`, i % 2 ? 'en' : 'zh');
        formatPartialDate(`2021-0${1 + (i % 9)}`, 'en');
        formatFigure({ value: i, unit: 'qps', qualifier: 'exact' }, i % 2 ? 'en' : 'zh');
      }
    } finally {
      Intl.DateTimeFormat = DateTimeFormat;
      Intl.NumberFormat = NumberFormat;
    }
    expect(made).toBeLessThanOrEqual(5);
  });
});

describe('linear lookups', () => {
  test('an entry finds its place in its collection without scanning it (50,000 entries)', () => {
    const list = Array.from({ length: 50_000 }, (_, i) => ({ id: `e${i}` }));
    const ids = list.map((e) => e.id);
    const started = performance.now();
    const found = ids.map((id) => positionIn(list, id));
    const elapsed = performance.now() - started;
    expect(found.every((p, i) => p === i)).toBe(true);
    expect(positionIn(list, 'missing')).toBe(-1);
    // A scan per lookup is 1.25 billion comparisons here (many seconds); the map takes milliseconds.
    expect(elapsed).toBeLessThan(2_000);
  });

  /** A corpus shaped like the benchmark's: relations, links, tags, three sources per entry. */
  function corpus(n: number): GraphInput[] {
    const ref = (collection: string, id: string) => ({ collection, id });
    const tags = Math.max(6, Math.round(n / 40));
    const sources = Math.ceil(n / 2);
    const entries: GraphInput[] = Array.from({ length: n }, (_, i) => ({
      collection: 'projects',
      id: `p${i}`,
      data: {
        relations: [{ kind: 'uses', target: ref('projects', `p${(i + 1) % n}`), source: ref('sources', `s${i % sources}`) }],
        tags: [ref('tags', `t${i % tags}`), ref('tags', `t${(i * 7 + 3) % tags}`)],
        sources: [0, 1, 2].map((k) => ref('sources', `s${(i * 3 + k) % sources}`)),
      },
      linkTargets: [1, 7, 31, 101].map((s) => keyOf('projects', `p${(i + s) % n}`)),
    }));
    return [
      ...entries,
      ...Array.from({ length: sources }, (_, i) => ({ collection: 'sources' as const, id: `s${i}`, data: {} })),
      ...Array.from({ length: tags }, (_, i) => ({ collection: 'tags' as const, id: `t${i}`, data: {} })),
    ];
  }

  /** Building the graph, then every query an entry page makes, for every page: the per-build graph work. */
  function everyPage(inputs: GraphInput[]): number {
    const started = performance.now();
    const g = buildGraph(inputs);
    for (const key of g.entries.keys() as Iterable<EntryKey>) {
      g.mentionedIn(key);
      g.relationsOf(key);
      g.referencesOf(key);
      g.citedBy(key);
      g.taggedWith(key);
      g.relatedOf(key, 10);
    }
    return performance.now() - started;
  }

  test('graph work for every page grows linearly: 4× the entries cost well under 16×', () => {
    const best = (n: number) => Math.min(...[0, 1, 2].map(() => everyPage(corpus(n))));
    best(500); // warm up the JIT
    const small = best(2_000);
    const large = best(8_000);
    // Linear is 4× (plus log factors from sorting); quadratic would be 16×.
    expect(large / small).toBeLessThan(9);
  }, 60_000);
});
