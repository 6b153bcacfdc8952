/**
 * Writes the files of a synthetic corpus: frontmatter per kind (the real schemas' fields), a body in the
 * corpus's layout (layouts.ts), Chinese translations, sources and tags. Every text says it is synthetic.
 */
import type { Layout } from './layouts';
import { list, q } from './markdown';
import { nth, sourcesOf, tagsOf, type CorpusPlan, type PlannedEntry } from './plan';
import type { Prose } from './prose';
import { rng, type Rng } from './random';
import { topic, zhTopic } from './text';


function frontmatter(plan: CorpusPlan, e: PlannedEntry, r: Rng, { sentence }: Prose): string[] {
  const sources = sourcesOf(plan, e);
  const tags = tagsOf(plan, e);
  const summary = `Synthetic ${e.kind.replace(/s$/, '')} ${e.tag} for the benchmark harness: generated filler on an imagined ${topic(r)}, with no facts about any real system.`;
  const head = [`title: ${q(e.title)}`, `summary: ${q(summary)}`];
  const updated = `2026-${String(1 + (e.index % 10)).padStart(2, '0')}-${String(1 + (e.index % 27)).padStart(2, '0')}`;
  switch (e.kind) {
    case 'projects': {
      const others = plan.byKind.projects.length > 1 ? [nth(plan, 'projects', e.index, 0), nth(plan, 'projects', e.index, 4)] : [];
      const relations = [...new Set(others.filter((o) => o !== e))].map(
        (o, i) => `  - { kind: ${r.pick(['built-on', 'uses', 'part-of', 'alternative-to'])}, target: ${o.id}, source: ${sources[i % sources.length]} }`,
      );
      return [
        ...head,
        `repository: bench/${e.id}`,
        `homepage: https://example.com/bench/${e.id}`,
        `languages: [go${r.int(3) === 0 ? ', c' : ''}]`,
        `license: ${r.pick(['Apache-2.0', 'MIT', 'BSD-3-Clause'])}`,
        'status: active',
        `checked: ${updated}`,
        `category: ${r.pick(['rpc-framework', 'networking', 'database', 'observability', 'library', 'developer-tool'])}`,
        'orgs:',
        `  - { org: ${nth(plan, 'orgs', e.index).id}, role: ${r.pick(['originated', 'maintains', 'uses'])}, source: ${sources[0]} }`,
        ...(relations.length ? ['relations:', ...relations] : []),
        `tags: ${list(tags)}`,
        `sources: ${list(sources)}`,
      ];
    }
    case 'orgs':
      return [
        ...head,
        `website: https://example.com/bench/${e.id}`,
        `country: ${r.pick(['CN', 'US', 'DE', 'JP', 'SG', 'INT'])}`,
        `kind: ${r.pick(['company', 'foundation', 'community', 'university'])}`,
        `tags: ${list(tags)}`,
        `sources: ${list(sources)}`,
      ];
    case 'cases': {
      const projects = [...new Set([nth(plan, 'projects', e.index).id, nth(plan, 'projects', e.index, 3).id])];
      const figures = [100, 1000].flatMap((concurrency) =>
        ['pooled', 'multiplexed'].map((mode) => [
          `  - subject: ${q(`Service ${e.tag} (${mode})`)}`,
          '    metric: QPS',
          `    value: ${10_000 + r.int(400_000)}`,
          '    unit: qps',
          `    context: ${q('synthetic benchmark for the harness, 4 CPUs, 1 KB echo')}`,
          `    condition: { name: concurrency, value: ${concurrency} }`,
          `    source: ${sources[0]}`,
        ]),
      );
      return [
        ...head,
        `orgs: [${nth(plan, 'orgs', e.index).id}]`,
        `projects: ${list(projects)}`,
        `period: { from: '20${10 + (e.index % 10)}', to: '2024-0${1 + (e.index % 9)}' }`,
        'figures:',
        ...figures.flat(),
        `updated: ${updated}`,
        `tags: ${list(tags)}`,
        `sources: ${list(sources)}`,
      ];
    }
    case 'guides':
      return [
        ...head,
        `level: ${r.pick(['beginner', 'intermediate', 'advanced'])}`,
        `goVersion: '1.${19 + r.int(4)}'`,
        `projects: [${nth(plan, 'projects', e.index).id}]`,
        `updated: ${updated}`,
        `tags: ${list(tags)}`,
        `sources: ${list(sources)}`,
      ];
    case 'claims': {
      const verdict = r.pick(['confirmed', 'contradicted', 'unverified'] as const);
      return [
        `headline: ${q(e.title)}`,
        `statement: ${q(`Synthetic statement ${e.tag}: the ${topic(r)} of this generated entry ${sentence(r).toLowerCase()}`)}`,
        'circulated:',
        `  language: ${r.pick(['en', 'zh'])}`,
        '  medium: blog-post',
        `verdict: ${verdict}`,
        ...(verdict === 'unverified' ? [`searched: ${q(`Synthetic search ${e.tag}: ${sentence(r)}`)}`, 'assessment: plausible'] : []),
        ...(verdict === 'contradicted' ? [`correction: ${q(`Synthetic correction ${e.tag}: ${sentence(r)}`)}`] : []),
        `projects: [${nth(plan, 'projects', e.index).id}]`,
        `orgs: [${nth(plan, 'orgs', e.index).id}]`,
        `sources: ${list(sources)}`,
        `checked: ${updated}`,
      ];
    }
  }
}

/**
 * What a translation must also carry because the original has it (the checker's `translation-fields` and
 * `figure-text`): a fact check's correction and search note, and the wording of each figure.
 */
function translatedFields(original: string[]): string[] {
  const has = (field: string) => original.some((l) => l.startsWith(`${field}:`));
  const wording = [...new Set(original.flatMap((l) => /^ {2}- subject: |^ {4}(metric|context): /.test(l) ? [l.replace(/^\s*-?\s*\w+: /, '')] : []))];
  return [
    ...(has('correction') ? [`correction: ${q('合成的更正：为基准测试生成的填充文字。')}`] : []),
    ...(has('searched') ? [`searched: ${q('合成的检索说明：为基准测试生成的填充文字，没有真实检索。')}`] : []),
    ...(wording.length ? ['figureText:', ...wording.map((w, i) => `  ${w.startsWith('"') ? w : q(w)}: ${q(`合成数据措辞 ${i + 1}`)}`)] : []),
  ];
}

/** The Chinese translation: its own title and summary, what the original's fields need, and the layout's translated body. */
function translation(plan: CorpusPlan, e: PlannedEntry, r: Rng, prose: Prose, layout: Layout, original: string[]): string {
  return [
    '---',
    `${e.kind === 'claims' ? 'headline' : 'title'}: ${q(`合成${{ projects: '项目', orgs: '组织', cases: '案例', guides: '指南', claims: '事实核查' }[e.kind]} ${e.tag}：${zhTopic(r)}`)}`,
    `${e.kind === 'claims' ? 'statement' : 'summary'}: ${q(`为基准测试生成的合成条目 ${e.tag} 的中文摘要，内容是填充文字，不涉及任何真实系统。`)}`,
    ...translatedFields(original),
    '---',
    '',
    ...layout.translation(plan, e, r, prose),
  ].join('\n');
}

/** Every file of one entry: the entry, and its translation when it has one. */
export function entryFiles(plan: CorpusPlan, e: PlannedEntry, prose: Prose, layout: Layout): [string, string][] {
  const r = rng(plan.seed, `entry/${e.kind}/${e.index}`);
  const fields = frontmatter(plan, e, r, prose);
  const text = ['---', ...fields, '---', '', ...layout.body(plan, e, r, prose)].join('\n');
  const files: [string, string][] = [[e.file, text]];
  if (e.translated) files.push([e.file.replace(/\.(mdx?)$/, '.zh.$1'), translation(plan, e, rng(plan.seed, `zh/${e.kind}/${e.index}`), prose, layout, fields)]);
  return files;
}

export function sourceFile(plan: CorpusPlan, id: string, i: number): [string, string] {
  const r = rng(plan.seed, `source/${i}`);
  const number = id.slice('source-'.length);
  const lines = [
    `title: ${q(`Synthetic source ${number} for benchmarks`)}`,
    `url: https://example.com/bench/sources/${number}`,
    `publisher: ${q(`Synthetic Publisher ${String(1 + (i % 40)).padStart(2, '0')}`)}`,
    ...(i % 3 === 0 ? [`author: ${q(`Synthetic Author ${String(1 + (i % 97)).padStart(2, '0')}`)}`] : []),
    `published: '20${String(10 + (i % 15)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}'`,
    // Kinds whose content does not move, so the stale-source warning never depends on the day the corpus is built.
    'accessed: 2026-11-01',
    `language: ${i % 4 === 0 ? 'zh' : 'en'}`,
    `kind: ${r.pick(['blog', 'talk', 'paper', 'news', 'issue'])}`,
  ];
  return [`sources/${id}.yaml`, lines.join('\n') + '\n'];
}

export function tagsFile(plan: CorpusPlan): [string, string] {
  const lines = plan.tagIds.flatMap((id) => {
    const n = id.slice('tag-'.length);
    return [
      `${id}:`,
      `  label: ${q(`Synthetic tag ${n}`)}`,
      `  labelZh: ${q(`合成标签 ${n}`)}`,
      `  description: ${q(`Synthetic tag ${n} for benchmarks: groups generated entries, says nothing real.`)}`,
      `  descriptionZh: ${q(`基准测试用的合成标签 ${n}：只用来给生成的条目分组。`)}`,
    ];
  });
  return ['tags.yaml', lines.join('\n') + '\n'];
}
