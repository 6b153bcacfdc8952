/**
 * How an entry's body is laid out, for each mode of the corpus (index.ts). Every layout writes the five
 * headings of markdown.ts (links from other entries point at their anchors), cites the entry's sources
 * in every paragraph and links to its five targets (the +1 link chains every entry, so none is an orphan).
 */
import { goFile, goFragment, mermaid, table } from './blocks';
import { anchors, cited, fenceFor, headings, linkTo } from './markdown';
import { linkTargets, sourcesOf, type CorpusPlan, type PlannedEntry } from './plan';
import type { Prose } from './prose';
import type { Rng } from './random';

export interface Layout {
  /** The English body's lines. */
  body(plan: CorpusPlan, e: PlannedEntry, r: Rng, prose: Prose): string[];
  /** The Chinese translation's body lines (its frontmatter is written by entries.ts). */
  translation(plan: CorpusPlan, e: PlannedEntry, r: Rng, prose: Prose): string[];
}

/**
 * The issue's article (the build benchmark): about 1,200 words in six sections, with the features real
 * entries use: citations, relative links with anchors, a Mermaid block, a Go file and a Go fragment, a
 * table and a Chinese paragraph.
 */
export const article: Layout = {
  /** About 1,200 words in six sections. */
  body(plan, e, r, { paragraph, zhParagraph }) {
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
  },
  /** A shorter translated body, with its own diagram, fragment and table. */
  translation(plan, e, r, { zhParagraph }) {
    const [s1, s2] = sourcesOf(plan, e);
    const target = linkTargets(plan, e)[0]!;
    return [
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
    ];
  },
};

/**
 * An entry the size of the site's own (search at scale): about 400 words, an opening and one paragraph
 * under each heading, each with its link and its citation; no code, diagrams or tables, whose text a
 * search index would count as prose. The translation is a Chinese opening and three sections.
 */
export const note: Layout = {
  body(plan, e, r, { paragraph }) {
    const sources = sourcesOf(plan, e);
    const links = linkTargets(plan, e);
    const source = (k: number) => sources[k % sources.length]!;
    return [
      `Synthetic entry ${e.tag} for benchmarks: the sentences below are drawn at random from other entries, so they state nothing about this one. ${cited(paragraph(r, 3), source(0))}`,
      '',
      ...headings.flatMap((h, k) => [
        `## ${h}`,
        '',
        `${paragraph(r, 3)} The same path appears in ${linkTo(e, links[k]!, anchors[k]!)}. ${cited(paragraph(r, 2), source(k))}`,
        '',
      ]),
    ];
  },
  translation(plan, e, r, { zhParagraph }) {
    const sources = sourcesOf(plan, e);
    const source = (k: number) => sources[k % sources.length]!;
    return [
      `本文是为基准测试生成的合成条目 ${e.tag}（Synthetic entry for benchmarks），以下句子随机取自其他条目。${zhParagraph(r, 8)} [@${source(0)}]`,
      '',
      '## 概述',
      '',
      `${zhParagraph(r, 12)}相关内容见 ${linkTo(e, linkTargets(plan, e)[0]!, anchors[0]!)}。 [@${source(0)}]`,
      '',
      ...['架构', '实现'].flatMap((h, k) => [`## ${h}`, '', `${zhParagraph(r, 12)} [@${source(k + 1)}]`, '']),
    ];
  },
};
