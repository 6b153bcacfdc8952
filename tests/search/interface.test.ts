/** The pure parts of the search interface: URL state, ranking, excerpts, facets, keys. */
import { describe, expect, test } from 'vitest';
import { moveSelection, opensSearch } from '../../src/search/keys';
import { emptyLanguages, languageForQuery, languageToSearch, otherLanguage } from '../../src/search/languages';
import { excerptParts, facetOptions, fill, promoteExactTitles, sectionLinks } from '../../src/search/results';
import { pagefindFilters, stateFromParams, stateToParams, toggleFilter } from '../../src/search/state';

describe('search state in the URL', () => {
  test.each([
    ['q=raft&kind=guide', 'en', { q: 'raft', filters: { kind: ['guide'] }, sort: 'relevance', lang: 'en' }],
    ['q=%E9%9B%B6%E6%8B%B7%E8%B4%9D&tag=%E7%BD%91%E7%BB%9C', 'zh', { q: '零拷贝', filters: { tag: ['网络'] }, sort: 'relevance', lang: 'zh' }],
    ['kind=guide&kind=case&sort=date', 'en', { q: '', filters: { kind: ['guide', 'case'] }, sort: 'date', lang: 'en' }],
    ['q=+sync.Pool+&lang=zh', 'en', { q: 'sync.Pool', filters: {}, sort: 'relevance', lang: 'zh' }],
    ['q=x&sort=sideways&lang=fr&colour=red', 'en', { q: 'x', filters: {}, sort: 'relevance', lang: 'en' }],
  ] as const)('?%s on a %s page reads as a search', (query, locale, expected) => {
    expect(stateFromParams(new URLSearchParams(query), locale)).toEqual(expected);
  });

  test('writes a state back to the same parameters, leaving out defaults', () => {
    const params = 'q=GOGC%3Doff&kind=guide&tag=Memory&sort=date&lang=zh';
    expect(stateToParams(stateFromParams(new URLSearchParams(params), 'en'), 'en').toString()).toBe(params);
    expect(stateToParams(stateFromParams(new URLSearchParams('q=raft&lang=en'), 'en'), 'en').toString()).toBe('q=raft');
  });

  test('turns facets into Pagefind filters: any value within a facet, every facet together', () => {
    let state = stateFromParams(new URLSearchParams('kind=guide'), 'en');
    state = toggleFilter(state, 'kind', 'case', true);
    state = toggleFilter(state, 'org', 'Northwind Labs', true);
    expect(pagefindFilters(state.filters)).toEqual({ kind: { any: ['guide', 'case'] }, org: { any: ['Northwind Labs'] } });
    expect(pagefindFilters(state.filters, 'kind')).toEqual({ org: { any: ['Northwind Labs'] } });
    expect(toggleFilter(toggleFilter(state, 'org', 'Northwind Labs', false), 'kind', 'guide', false).filters).toEqual({ kind: ['case'] });
  });
});

describe('ranking', () => {
  const results = ['Tern at Northwind Labs', "Tern's default transport is its own framed protocol, not HTTP/2", 'Tern', 'Skiff'].map((title) => ({ title }));

  test('puts the result whose title equals the query first, keeping the rest in order', () => {
    expect(promoteExactTitles('tern', results, (r) => r.title).map((r) => r.title)).toEqual([
      'Tern',
      'Tern at Northwind Labs',
      "Tern's default transport is its own framed protocol, not HTTP/2",
      'Skiff',
    ]);
  });

  test.each([
    ['  TERN ', 'Tern'],
    ['zero copy reads', 'Zero-copy reads'],
    ['调优 GOGC 与 GOMEMLIMIT', '调优 GOGC 与 GOMEMLIMIT'],
    ['ｓｙｎｃ．Ｐｏｏｌ', 'sync.Pool'],
  ])('treats “%s” as the title “%s”', (query, title) => {
    expect(promoteExactTitles(query, [{ title: 'Other' }, { title }], (r) => r.title)[0]!.title).toBe(title);
  });

  test('leaves the order alone when no title matches', () => {
    expect(promoteExactTitles('rpc', results, (r) => r.title)).toBe(results);
  });
});

describe('excerpts and sections', () => {
  test('turns Pagefind’s excerpt into text runs, merging adjacent marks and decoding entities', () => {
    expect(excerptParts('. Kitex uses <mark>Netpoll</mark>')).toEqual([{ text: 'Kitex uses ', mark: false }, { text: 'Netpoll', mark: true }]);
    expect(excerptParts('。Kitex 使用 <mark>Netpoll</mark>')[0]).toEqual({ text: 'Kitex 使用 ', mark: false });
    expect(excerptParts('使用<mark>零</mark><mark>拷贝</mark>读写 &lt;b&gt; &amp; <mark>sync.Pool</mark>.')).toEqual([
      { text: '使用', mark: false },
      { text: '零拷贝', mark: true },
      { text: '读写 <b> & ', mark: false },
      { text: 'sync.Pool', mark: true },
      { text: '.', mark: false },
    ]);
  });

  test('lists sections with their own anchor, not the page itself', () => {
    const result = {
      url: '/guides/gc/',
      excerpt: '',
      meta: { title: 'GC' },
      sub_results: [
        { url: '/guides/gc/', title: 'GC', excerpt: '' },
        { url: '/guides/gc/#gogc', title: 'GOGC', excerpt: '' },
        { url: '/guides/gc/#gomemlimit', title: 'GOMEMLIMIT', excerpt: '' },
      ],
    };
    expect(sectionLinks(result)).toEqual([
      { url: '/guides/gc/#gogc', title: 'GOGC' },
      { url: '/guides/gc/#gomemlimit', title: 'GOMEMLIMIT' },
    ]);
  });

  test('fills placeholders and keeps unknown ones', () => {
    expect(fill('{count} results for “{query}” {x}', { count: 3, query: 'raft' })).toBe('3 results for “raft” {x}');
  });
});

describe('facets', () => {
  const label = (v: string) => v.toUpperCase();

  test('lists values with results, most first, and keeps a selected value even at zero', () => {
    expect(facetOptions({ guide: 2, case: 0, project: 5 }, ['claim'], label)).toEqual([
      { value: 'project', label: 'PROJECT', count: 5, selected: false },
      { value: 'guide', label: 'GUIDE', count: 2, selected: false },
      { value: 'claim', label: 'CLAIM', count: 0, selected: true },
    ]);
  });

  test('cuts long facets to the limit without dropping selected values', () => {
    const counts = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`t${i}`, 20 - i]));
    const options = facetOptions(counts, ['t11'], label, 3);
    expect(options.map((o) => o.value)).toEqual(['t0', 't1', 't2', 't11']);
  });
});

describe('keys', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; isComposing: boolean }> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...mods,
  });

  test.each([
    ['/ on the page opens search', key('/'), false, true],
    ['/ while typing in a field types a slash', key('/'), true, false],
    ['Ctrl-K opens search even while typing', key('k', { ctrlKey: true }), true, true],
    ['⌘-K opens search', key('K', { metaKey: true }), false, true],
    ['Alt-K does nothing', key('k', { altKey: true }), false, false],
    ['/ during IME composition does nothing', key('/', { isComposing: true }), false, false],
    ['k alone does nothing', key('k'), false, false],
  ])('%s', (_, event, typing, expected) => {
    expect(opensSearch(event, typing)).toBe(expected);
  });

  test.each([
    [-1, 'ArrowDown', 3, 0],
    [0, 'ArrowDown', 3, 1],
    [2, 'ArrowDown', 3, 2],
    [0, 'ArrowUp', 3, -1],
    [-1, 'ArrowUp', 3, undefined],
    [-1, 'ArrowDown', 0, undefined],
    [1, 'Enter', 3, undefined],
  ])('from %i, %s among %i results goes to %s', (from, k, count, to) => {
    expect(moveSelection(from, k, count)).toBe(to);
  });
});

describe('languages', () => {
  const both = { en: 1000, 'zh-cn': 321 };
  const englishOnly = { en: 24 };

  test('searches the language asked for when it has pages', () => {
    expect(languageToSearch(both, 'zh')).toBe('zh');
    expect(emptyLanguages(both)).toEqual([]);
  });

  test('falls back to a language with pages, and says which one has none', () => {
    expect(languageToSearch(englishOnly, 'zh')).toBe('en');
    expect(emptyLanguages(englishOnly)).toEqual(['zh']);
  });

  test('offers the other language only when it has pages', () => {
    expect(otherLanguage(both, 'en')).toBe('zh');
    expect(otherLanguage(englishOnly, 'en')).toBeUndefined();
  });
});

describe('the language a query is searched in', () => {
  const both = { en: 10, 'zh-cn': 4 };
  test.each([
    ['零拷贝', 'en', both, 'zh'],
    ['GOMEMLIMIT 调优', 'en', both, 'zh'],
    ['zero-copy', 'en', both, 'en'],
    ['GOMEMLIMIT', 'zh', both, 'zh'],
    ['零拷贝', 'en', { en: 10 }, 'en'],
  ] as const)('%j with %s chosen searches %s pages', (q, chosen, pages, expected) => {
    expect(languageForQuery(q, chosen, pages)).toBe(expected);
  });
});
