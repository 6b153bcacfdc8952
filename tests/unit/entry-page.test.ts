/**
 * The entry page's view model, built on a small in-memory site (tests/helpers/fake-site.ts): what a reader
 * of each part of the page can rely on, in milliseconds, without a build.
 */
import { describe, expect, test } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n/t';
import type { EntryKey } from '../../src/knowledge/graph';
import type { SiteGraph } from '../../src/knowledge/site-graph';
import { entryPageView } from '../../src/views/entry-page';
import { caseStudy, claim, fakeSite, guide, org, project, source, tag, zh } from '../helpers/fake-site';

const en = useTranslations('en');
const cn = useTranslations('zh');
const view = (site: SiteGraph, key: EntryKey, locale: Locale = 'en') => entryPageView(site, key, locale, useTranslations(locale));
/** The lists of a page as `label: title, title`, the way a reader scans them. */
const said = (groups: { label: string; items: { title: string }[] }[]) => groups.map((g) => `${g.label}: ${g.items.map((i) => i.title).join(', ')}`);

describe('the header', () => {
  test('a fact check leads with what is true; its document title says the verdict in words, and it has no lede', () => {
    const site = fakeSite([
      project('etcd'),
      claim('inflight', { headline: 'maxInflightMsgs is 512, not 256', statement: 'etcd’s maxInflightMsgs is 256.', verdict: 'contradicted', correction: 'etcd defines it as 4096 / 8, which is 512.', projects: ['etcd'] }),
    ]);
    const v = view(site, 'claims/inflight');
    expect(v.title).toBe('maxInflightMsgs is 512, not 256');
    expect(v.pageTitle).toBe('Contradicted: maxInflightMsgs is 512, not 256');
    expect(v.verdict).toBe('contradicted');
    expect(v.summary).toBeUndefined();
    expect(v.description).toBe('etcd defines it as 4096 / 8, which is 512.');
  });

  test('a project whose main language is not Go says so; a Go project does not', () => {
    const site = fakeSite([project('envoy', { languages: ['cpp', 'go'] }), project('kitex')]);
    expect(view(site, 'projects/envoy').notGo).toBe('Not written in Go: C++');
    expect(view(site, 'projects/kitex').notGo).toBeUndefined();
  });

  test('the breadcrumbs lead home and to the collection, in the page’s language', () => {
    const site = fakeSite([project('kitex')]);
    expect(view(site, 'projects/kitex', 'zh').breadcrumbs).toEqual([
      { href: '/zh/', text: cn('nav.home') },
      { href: '/zh/projects/', text: cn('collection.projects') },
    ]);
  });
});

describe('the body', () => {
  const kitex = project('kitex', {}, 'Kitex is an RPC framework.\n');
  const site = fakeSite(
    [kitex, project('netpoll', {}, 'Netpoll is a network library.\n')],
    [zh(kitex, { title: 'Kitex 框架', summary: 'Kitex 是字节跳动的 RPC 框架。' }, 'Kitex 是一个 RPC 框架。\n')],
  );

  test('a Chinese page shows the translation when there is one, marked as Chinese', () => {
    const v = view(site, 'projects/kitex', 'zh');
    expect(v.body).toBe(site.translation('projects/kitex'));
    expect(v.bodyLang).toBe('zh-CN');
    expect(v.untranslatedNote).toBeUndefined();
    expect(v.title).toBe('Kitex 框架');
  });

  test('an untranslated Chinese page shows the English text, marked as English, with a note saying so', () => {
    const v = view(site, 'projects/netpoll', 'zh');
    expect(v.body).toBe(site.entry('projects/netpoll'));
    expect(v.bodyLang).toBe('en');
    expect(v.untranslatedNote).toBe(cn('translation.missing'));
    expect(v.title).toBe('Netpoll');
  });

  test('an untranslated entry’s title and summary are marked English on its Chinese page, and only there', () => {
    expect(view(site, 'projects/netpoll', 'zh').headerLang).toBe('en');
    expect(view(site, 'projects/kitex', 'zh').headerLang).toBeUndefined();
    expect(view(site, 'projects/netpoll', 'en').headerLang).toBeUndefined();
  });

  test('a source’s title carries the language it is written in, on either edition', () => {
    const s = fakeSite([
      project('kitex', { sources: ['kitex-zh', 'kitex-en'] }),
      source('kitex-zh', { title: '一文了解 CloudWeGo', language: 'zh' }),
      source('kitex-en', { title: 'Kitex README (Chinese)', language: 'zh' }),
    ]);
    expect(view(s, 'projects/kitex', 'en').references.map((r) => r.lang)).toEqual(['zh-CN', undefined]);
    expect(view(s, 'projects/kitex', 'zh').references.map((r) => r.lang)).toEqual([undefined, 'en']);
  });

  test('on an untranslated Chinese page the English headings in the table of contents are marked English; the page’s own sections are not', () => {
    const heading = { depth: 2, slug: 'design', text: 'Design' };
    const [first, ...after] = view(site, 'projects/netpoll', 'zh').toc([heading]);
    expect(first).toEqual({ ...heading, lang: 'en' });
    expect(after.map((i) => i.lang)).toEqual(after.map(() => undefined));
    expect(view(site, 'projects/kitex', 'zh').toc([heading])[0]).toEqual(heading);
    expect(view(site, 'projects/netpoll').toc([heading])[0]).toEqual(heading);
  });

  test('the edit link opens the file whose text the page shows: the translation on a translated Chinese page', () => {
    expect(view(site, 'projects/kitex', 'en').editUrl).toMatch(/\/edit\/main\/fake-content\/projects\/kitex\.md$/);
    expect(view(site, 'projects/kitex', 'zh').editUrl).toMatch(/\/edit\/main\/fake-content\/projects\/kitex\.zh\.md$/);
    expect(view(site, 'projects/kitex', 'zh').historyUrl).toMatch(/\/commits\/main\/fake-content\/projects\/kitex\.zh\.md$/);
  });

  test('a source has no body, hence no reading time', () => {
    const v = view(fakeSite([source('kitex-readme')]), 'sources/kitex-readme');
    expect(v.body).toBeUndefined();
    expect(v.readingTime).toBeUndefined();
  });

  test('the page loads the diagram renderer only for a body with a mermaid fence, and the code tools only for code', () => {
    const site = fakeSite([
      guide('diagram', {}, 'Flow:\n\n```mermaid\ngraph LR\n  a --> b\n```\n'),
      guide('code', {}, 'Run:\n\n```go\nfunc main() {}\n```\n'),
      guide('prose', {}, 'Just words.\n'),
    ]);
    expect(view(site, 'guides/diagram')).toMatchObject({ hasDiagrams: true, hasCode: false });
    expect(view(site, 'guides/code')).toMatchObject({ hasDiagrams: false, hasCode: true });
    expect(view(site, 'guides/prose')).toMatchObject({ hasDiagrams: false, hasCode: false });
  });
});

describe('the metadata panel', () => {
  test('a project’s organisation is listed once with all its roles', () => {
    const site = fakeSite([
      org('bytedance', { title: 'ByteDance' }),
      org('cncf', { title: 'CNCF', kind: 'foundation', country: 'INT' }),
      project('kitex', {
        orgs: [
          { org: 'bytedance', role: 'originated', source: 'kitex-repo' },
          { org: 'cncf', role: 'hosts', source: 'kitex-repo' },
          { org: 'bytedance', role: 'uses', source: 'kitex-talk' },
        ],
      }),
    ]);
    const orgs = view(site, 'projects/kitex').meta.find((r) => r.label === en('meta.orgs'));
    expect(orgs?.items).toEqual([
      { text: 'ByteDance (originated, uses)', href: '/orgs/bytedance/' },
      { text: 'CNCF (hosts)', href: '/orgs/cncf/' },
    ]);
  });

  test('the release links to the page the project cites for it', () => {
    const site = fakeSite([
      source('kitex-v0-16', { url: 'https://github.com/cloudwego/kitex/releases/tag/v0.16.3' }),
      project('kitex', { release: { version: 'v0.16.3', date: '2026-07-09', source: 'kitex-v0-16' } }),
    ]);
    expect(view(site, 'projects/kitex').meta.find((r) => r.label === en('meta.release'))?.items).toEqual([
      { text: 'v0.16.3 · 9 Jul 2026', href: 'https://github.com/cloudwego/kitex/releases/tag/v0.16.3' },
    ]);
  });
});

describe('relations and mentions', () => {
  const site = fakeSite([
    project('kitex', { relations: [{ kind: 'built-on', target: 'netpoll', source: 'kitex-repo' }] }),
    project('netpoll'),
    caseStudy('douyin', { projects: ['netpoll'] }),
    guide('tuning', {}, 'Tune [Netpoll](../projects/netpoll.md) first.\n'),
  ]);

  test('a relation shows on both projects, with the inverse label on the target', () => {
    expect(said(view(site, 'projects/kitex').relations)).toEqual(['Built on: Netpoll']);
    expect(said(view(site, 'projects/netpoll').relations)).toEqual(['Foundation of: Kitex']);
  });

  test('a relation is not repeated as a mention', () => {
    const mentions = view(site, 'projects/netpoll').mentions.flatMap((g) => g.items.map((i) => i.title));
    expect(mentions).not.toContain('Kitex');
    expect(mentions).toContain('Douyin');
  });

  test('mentions come from frontmatter references and body links, grouped by kind in the order of the header', () => {
    expect(said(view(site, 'projects/netpoll').mentions)).toEqual(['Case studies: Douyin', 'Guides: Tuning']);
  });
});

describe('what uses a source or a tag', () => {
  const site = fakeSite([
    source('kitex-readme'),
    caseStudy('douyin', { sources: ['kitex-readme'] }, 'Douyin serves its feed with Kitex [@kitex-readme]. It scaled well [@kitex-readme].\n'),
    guide('tuning', { sources: ['kitex-readme'], tags: ['rpc'] }),
    tag('rpc', { label: 'RPC' }),
    project('kitex', { tags: ['rpc'] }),
  ]);

  test('a source lists the sentences that cite it, each linked to its marker, and apart the pages that only list it', () => {
    const v = view(site, 'sources/kitex-readme');
    expect(v.citing).toEqual([
      {
        page: expect.objectContaining({ title: 'Douyin', href: '/cases/douyin/' }),
        sentences: [
          { text: 'Douyin serves its feed with Kitex.', href: '/cases/douyin/#cite-kitex-readme-1' },
          { text: 'It scaled well.', href: '/cases/douyin/#cite-kitex-readme-2' },
        ],
      },
    ]);
    expect(v.usedByHeading).toBe(en('citedBy.alsoListed'));
    expect(said(v.usedBy)).toEqual(['Guides: Tuning']);
  });

  test('the sentences link to the English page’s markers even on a Chinese page, since they are the English text', () => {
    expect(view(site, 'sources/kitex-readme', 'zh').citing[0]!.sentences[0]!.href).toBe('/cases/douyin/#cite-kitex-readme-1');
  });

  test('a source no sentence cites lists the pages that list it under "Cited by"', () => {
    const v = view(fakeSite([source('kitex-repo'), project('kitex')]), 'sources/kitex-repo');
    expect(v.citing).toEqual([]);
    expect(v.usedByHeading).toBe(en('citedBy.heading'));
    expect(said(v.usedBy)).toEqual(['Projects: Kitex']);
  });

  test('a tag lists the entries that carry it, by kind', () => {
    const v = view(site, 'tags/rpc');
    expect(v.usedByHeading).toBe(en('tags.taggedHeading'));
    expect(said(v.usedBy)).toEqual(['Projects: Kitex', 'Guides: Tuning']);
  });

  test('other pages have no such list', () => {
    expect(view(site, 'projects/kitex')).toMatchObject({ usedBy: [], citing: [] });
  });
});

describe('related entries', () => {
  test('related entries share tags or projects, leave out what the page already lists, and show their kind, not their summary', () => {
    const site = fakeSite([
      project('kitex', { tags: ['rpc'] }),
      caseStudy('douyin', { tags: ['rpc'] }),
      guide('tuning', { tags: ['rpc'], projects: ['kitex'] }),
    ]);
    const related = view(site, 'projects/kitex').related;
    expect(said(related)).toEqual([`${en('related.label')}: Douyin`]);
    expect(related[0]!.items[0]).toMatchObject({ note: 'Case study', summary: undefined });
    expect(said(view(site, 'projects/kitex').mentions)).toEqual(['Guides: Tuning']);
  });

  test('at most five are shown, and none when nothing is shared', () => {
    const cases = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => caseStudy(`case-${id}`, { tags: ['rpc'] }));
    // A mention makes room for one more candidate, which must not make six.
    const site = fakeSite([project('kitex', { tags: ['rpc'] }), project('etcd'), guide('tuning', { projects: ['kitex'] }), ...cases]);
    expect(view(site, 'projects/kitex').related[0]!.items).toHaveLength(5);
    expect(view(site, 'projects/etcd').related).toEqual([]);
  });
});

describe('links on a Chinese page', () => {
  const netpoll = project('netpoll');
  const site = fakeSite(
    [
      project('kitex', { relations: [{ kind: 'built-on', target: 'netpoll', source: 'kitex-repo' }, { kind: 'uses', target: 'sonic', source: 'kitex-repo' }], tags: ['rpc'] }),
      netpoll,
      project('sonic'),
      tag('rpc', { label: 'RPC', labelZh: '远程调用' }),
    ],
    [zh(netpoll, { title: 'Netpoll 网络库', summary: 'Netpoll 是高性能网络库。' })],
  );

  test('a Chinese page names a related entry by its translated title when there is one, else the English, and links its Chinese page', () => {
    const items = view(site, 'projects/kitex', 'zh').relations.flatMap((g) => g.items);
    expect(items.map(({ title, href, summary }) => ({ title, href, summary }))).toEqual([
      { title: 'Netpoll 网络库', href: '/zh/projects/netpoll/', summary: 'Netpoll 是高性能网络库。' },
      { title: 'Sonic', href: '/zh/projects/sonic/', summary: 'Sonic is a Go project that runs in production.' },
    ]);
  });

  test('tags show their Chinese labels on a Chinese page', () => {
    expect(view(site, 'projects/kitex', 'zh').tags.map((t) => t.title)).toEqual(['远程调用']);
    expect(view(site, 'projects/kitex', 'en').tags.map((t) => t.title)).toEqual(['RPC']);
  });
});

describe('references, figures and corrections', () => {
  const douyin = caseStudy(
      'douyin',
      {
        sources: ['douyin-slides', 'douyin-talk', 'douyin-video'],
        figures: [{ subject: 'Kitex', metric: 'QPS', value: 228436.88, unit: 'qps', context: '4 cores, echo', source: 'douyin-slides' }],
        corrections: [
          { date: '2026-01-05', note: 'The QPS figure was for Thrift, not Protobuf.' },
          { date: '2026-03-02', note: 'The period starts in 2021, not in 2020.' },
        ],
      },
      'Douyin moved to Go [@douyin-talk].\n\n## Results\n\nIt halved its latency [@douyin-video].\n',
  );
  const site = fakeSite([douyin]);

  test('references list the inline citations first, then the other sources, and figures cite them by that number', () => {
    const v = view(site, 'cases/douyin');
    expect(v.references.map((r) => `${r.n} ${r.title}`)).toEqual(['1 Douyin Talk', '2 Douyin Video', '3 Douyin Slides']);
    expect(v.figures[0]!.rows[0]).toMatchObject({ value: '228,437 QPS', exact: '228,436.88 QPS', source: { n: 3, anchor: 'ref-douyin-slides' } });
  });

  test('a translated page words its figures and charts as the translation’s figureText gives them; numbers and sources stay', () => {
    const translated = fakeSite(
      [douyin],
      [zh(douyin, { title: '抖音', summary: '抖音把服务迁到了 Go 上。', figureText: { Kitex: 'Kitex', QPS: '每秒请求数', '4 cores, echo': '4 核，回显' } })],
    );
    const v = view(translated, 'cases/douyin', 'zh');
    expect(v.figures[0]).toMatchObject({ context: '4 核，回显', rows: [{ subject: 'Kitex', metric: '每秒请求数', exact: '228,436.88 QPS', source: { n: 3 } }] });
    expect(view(translated, 'cases/douyin').figures[0]!.context).toBe('4 cores, echo');
    const bench = caseStudy('bench', {
      sources: ['douyin-slides'],
      figures: ['Kitex', 'gRPC'].map((subject) => ({ subject, metric: 'QPS', value: 1000, unit: 'qps', context: '4 cores, echo', source: 'douyin-slides' })),
    });
    const charted = fakeSite([bench], [zh(bench, { title: '基准', summary: '两个框架的一次对比。', figureText: { Kitex: 'Kitex', gRPC: 'gRPC', QPS: '每秒请求数', '4 cores, echo': '4 核，回显' } })]);
    expect(view(charted, 'cases/bench', 'zh').charts.map((c) => c.title)).toEqual(['每秒请求数（QPS）']);
  });

  test('a page with corrections lists them newest first, dated in the page’s language', () => {
    expect(view(site, 'cases/douyin').corrections.map((c) => c.date)).toEqual(['2 Mar 2026', '5 Jan 2026']);
    expect(view(site, 'cases/douyin', 'zh').corrections.map((c) => c.date)).toEqual(['2026年3月2日', '2026年1月5日']);
  });

  test('the table of contents follows the body’s headings with the sections the page has, in the order it shows them', () => {
    const toc = view(site, 'cases/douyin').toc([
      { depth: 2, slug: 'results', text: 'Results' },
      { depth: 4, slug: 'detail', text: 'Detail' },
    ]);
    expect(toc.map((i) => i.slug)).toEqual(['results', 'figures', 'corrections', 'references']);
    expect(view(fakeSite([project('kitex')]), 'projects/kitex').toc([]).map((i) => i.slug)).toEqual(['references']);
  });
});

describe('the pager, the search record and the card', () => {
  const site = fakeSite([project('netpoll'), project('kitex'), project('sonic', { title: 'Sonic' }), source('kitex-repo')]);

  test('the pager links the entries before and after in title order; the first has no previous, the last no next', () => {
    expect(view(site, 'projects/kitex')).toMatchObject({ previous: undefined, next: { title: 'Netpoll' } });
    expect(view(site, 'projects/netpoll')).toMatchObject({ previous: { title: 'Kitex' }, next: { title: 'Sonic' } });
    expect(view(site, 'projects/sonic')).toMatchObject({ previous: { title: 'Netpoll' }, next: undefined });
  });

  test('an untranslated Chinese page stays out of the search index, which its English page is in', () => {
    expect(view(site, 'projects/kitex', 'en').search?.meta.title).toBe('Kitex');
    expect(view(site, 'projects/kitex', 'zh').search).toBeUndefined();
  });

  test('articles have a social card, in English until translated; sources have none', () => {
    expect(view(site, 'projects/kitex', 'zh').card).toBe('/og/projects/kitex.png');
    expect(view(site, 'sources/kitex-repo').card).toBeUndefined();
  });
});
