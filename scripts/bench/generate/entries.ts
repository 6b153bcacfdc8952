/**
 * Writes the files of a synthetic corpus: frontmatter per kind (the real schemas' fields), a body of
 * about 1,200 words with the features real entries use (citations, relative links with anchors, a Mermaid
 * block, two Go blocks, a table, a Chinese paragraph), Chinese translations, sources and tags.
 * Every text says it is synthetic.
 */
import { goFile, goFragment, mermaid, table } from './blocks';
import { linkTargets, nth, sourcesOf, tagsOf, type CorpusPlan, type PlannedEntry } from './plan';
import { rng, type Rng } from './random';
import { paragraph, sentence, topic, zhParagraph, zhTopic } from './text';

/** A YAML scalar: JSON strings are valid YAML and need no escaping rules of their own. */
const q = (s: string) => JSON.stringify(s);
const list = (xs: string[]) => `[${xs.join(', ')}]`;

/** English headings of every entry; links point at their anchors. */
export const headings = ['Overview', 'Architecture', 'Implementation', 'Measurements', 'Operations'] as const;
const anchors = headings.map((h) => h.toLowerCase());

/** `text.` → `text [@id].` */
const cited = (text: string, id: string) => `${text.replace(/\.$/, '')} [@${id}].`;

const fenceFor = (lang: string, meta: string, code: string) => ['```' + (meta ? `${lang} ${meta}` : lang), code, '```'].join('\n');

/** Relative link from one entry's file to another's, with an anchor. */
function linkTo(from: PlannedEntry, to: PlannedEntry, anchor: string): string {
  const rel = from.kind === to.kind ? to.file.slice(to.kind.length + 1) : `../${to.file}`;
  return `[${to.title}](${rel}#${anchor})`;
}

function frontmatter(plan: CorpusPlan, e: PlannedEntry, r: Rng): string[] {
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

/** The English body: about 1,200 words in six sections. */
function body(plan: CorpusPlan, e: PlannedEntry, r: Rng): string[] {
  const [s1, s2, s3] = [...sourcesOf(plan, e), ...sourcesOf(plan, e)];
  const links = linkTargets(plan, e);
  /** About 110 words, an optional link in the middle, the citation before the final full stop. */
  const para = (cite: string, link?: string) =>
    `${paragraph(r, 5)}${link ? ` The same path appears in ${link}.` : ''} ${cited(paragraph(r, 5), cite)}`;
  const next = links[0]!;
  return [
    `Synthetic entry ${e.tag} for benchmarks: everything below is generated filler for the Go Atlas performance harness, not a statement about any real system. ${cited(paragraph(r, 12), s1!)}`,
    '',
    `## ${headings[0]}`,
    '',
    para(s1!, linkTo(e, links[0]!, anchors[0]!)),
    '',
    para(s2!),
    '',
    `## ${headings[1]}`,
    '',
    para(s2!, linkTo(e, links[1]!, anchors[1]!)),
    '',
    fenceFor('mermaid', '', mermaid(r, e.tag, next.tag)),
    '',
    para(s3!),
    '',
    `## ${headings[2]}`,
    '',
    para(s3!, linkTo(e, links[2]!, anchors[2]!)),
    '',
    fenceFor('go', 'title="main.go"', goFile(r, e.tag)),
    '',
    para(s1!),
    '',
    fenceFor('go', 'fragment', goFragment(r, e.tag)),
    '',
    `## ${headings[3]}`,
    '',
    table(r),
    '',
    para(s2!, linkTo(e, links[3]!, anchors[3]!)),
    '',
    `## ${headings[4]}`,
    '',
    para(s3!, linkTo(e, links[4]!, anchors[4]!)),
    '',
    para(s1!),
    '',
    para(s2!),
    '',
    '## 中文说明',
    '',
    `这是为基准测试生成的合成条目 ${e.tag}，以下内容均为填充文字。${zhParagraph(r, 9)} [@${s3}]`,
    '',
  ];
}

/** The Chinese translation: title, summary and a shorter translated body. */
function translation(plan: CorpusPlan, e: PlannedEntry, r: Rng): string {
  const [s1, s2] = sourcesOf(plan, e);
  const target = linkTargets(plan, e)[0]!;
  return [
    '---',
    `${e.kind === 'claims' ? 'headline' : 'title'}: ${q(`合成${{ projects: '项目', orgs: '组织', cases: '案例', guides: '指南', claims: '事实核查' }[e.kind]} ${e.tag}：${zhTopic(r)}`)}`,
    `${e.kind === 'claims' ? 'statement' : 'summary'}: ${q(`为基准测试生成的合成条目 ${e.tag} 的中文摘要，内容是填充文字，不涉及任何真实系统。`)}`,
    '---',
    '',
    `本文是为基准测试生成的合成条目 ${e.tag}（Synthetic entry for benchmarks），内容均为填充文字。${zhParagraph(r, 8)} [@${s1}]`,
    '',
    '## 概述',
    '',
    `${zhParagraph(r, 10)}相关内容见 ${linkTo(e, target, anchors[0]!)}。 [@${s1}]`,
    '',
    '## 架构',
    '',
    fenceFor('mermaid', '', mermaid(r, e.tag, target.tag)),
    '',
    `${zhParagraph(r, 10)} [@${s2 ?? s1}]`,
    '',
    '## 实现',
    '',
    fenceFor('go', 'fragment', goFragment(r, e.tag)),
    '',
    table(r),
    '',
    `${zhParagraph(r, 12)} [@${s2 ?? s1}]`,
    '',
  ].join('\n');
}

/** Every file of one entry: the entry, and its translation when it has one. */
export function entryFiles(plan: CorpusPlan, e: PlannedEntry): [string, string][] {
  const r = rng(plan.seed, `entry/${e.kind}/${e.index}`);
  const text = ['---', ...frontmatter(plan, e, r), '---', '', ...body(plan, e, r)].join('\n');
  const files: [string, string][] = [[e.file, text]];
  if (e.translated) files.push([e.file.replace(/\.(mdx?)$/, '.zh.$1'), translation(plan, e, rng(plan.seed, `zh/${e.kind}/${e.index}`))]);
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
    ];
  });
  return ['tags.yaml', lines.join('\n') + '\n'];
}
