/**
 * The bad content every contributor could write, one mutation each. The checker tests snapshot the
 * message for each; the build tests prove each one fails `astro build` naming the file and line.
 */
import { rmSync } from 'node:fs';
import type { Fixture } from './fixture';

export interface BadCase {
  name: string;
  mutate(f: Fixture): void;
  /** What the report must contain: `file:line: rule`. */
  expect: string;
}

export const badCases: BadCase[] = [
  {
    name: 'category outside the vocabulary',
    mutate: (f) => f.edit('projects/alpha.md', 'category: rpc-framework', 'category: rpc'),
    expect: 'content/projects/alpha.md:8: schema',
  },
  {
    name: 'frontmatter that is not YAML',
    mutate: (f) => f.edit('projects/alpha.md', 'category: rpc-framework', 'category: rpc: framework'),
    expect: 'content/projects/alpha.md:8: yaml-syntax',
  },
  {
    name: 'misspelt field',
    mutate: (f) => f.edit('orgs/example-org.md', 'website:', 'webiste:'),
    expect: 'content/orgs/example-org.md:4: schema',
  },
  {
    name: 'dangling reference',
    mutate: (f) => f.edit('projects/alpha.md', 'target: beta', 'target: gamma'),
    expect: 'content/projects/alpha.md:12: unknown-reference',
  },
  {
    name: 'broken relative link',
    mutate: (f) => f.edit('projects/alpha.md', '(beta.md)', '(gamma.md)'),
    expect: 'content/projects/alpha.md:21: broken-link',
  },
  {
    name: 'missing anchor',
    mutate: (f) => f.edit('orgs/example-org.md', 'beta.md#design', 'beta.md#architecture'),
    expect: 'content/orgs/example-org.md:12: missing-anchor',
  },
  {
    name: 'unknown citation',
    mutate: (f) => f.edit('guides/tuning-alpha.md', '[@alpha-repo]', '[@alpha-readme]'),
    expect: 'content/guides/tuning-alpha.md:14: unknown-citation',
  },
  {
    name: 'unknown tag',
    mutate: (f) => f.edit('projects/beta.md', 'tags: [networking]', 'tags: [netwerking]'),
    expect: 'content/projects/beta.md:9: unknown-tag',
  },
  {
    name: 'duplicate id',
    mutate: (f) => f.copy('claims/alpha-is-go.md', 'claims/alpha-is-go.mdx'),
    expect: 'content/claims/alpha-is-go.mdx:1: duplicate-id',
  },
  {
    name: 'figure without source',
    mutate: (f) => f.edit('cases/alpha-at-example.mdx', /\n {4}source: alpha-bench/, ''),
    expect: 'content/cases/alpha-at-example.mdx:8: figure-source',
  },
  {
    name: 'contradicted claim without correction',
    mutate: (f) => f.edit('claims/beta-is-java.md', /correction: .*\n/, ''),
    expect: 'content/claims/beta-is-java.md:7: schema',
  },
  {
    name: 'fact check whose opening repeats its correction',
    mutate: (f) => f.edit('claims/beta-is-java.md', 'The documentation shows Go code', 'Beta is written in Go. The documentation shows Go code'),
    expect: 'content/claims/beta-is-java.md:14: claim-opening',
  },
  {
    name: 'unverified claim that does not say what was searched',
    mutate: (f) => f.edit('claims/alpha-serves-a-billion.md', /searched: .*\n/, ''),
    expect: 'content/claims/alpha-serves-a-billion.md:7: schema',
  },
  {
    name: 'translation without original',
    mutate: (f) => f.write('projects/gamma.zh.md', '---\ntitle: Gamma\nsummary: 一个不存在的原文的译文，用来测试。\n---\n'),
    expect: 'content/projects/gamma.zh.md:1: orphan-translation',
  },
  {
    name: 'scaffold placeholder left in',
    mutate: (f) => f.edit('guides/tuning-alpha.md', 'Read the [Alpha page]', 'TODO: say why. Read the [Alpha page]'),
    expect: 'content/guides/tuning-alpha.md:14: placeholder',
  },
  {
    name: 'fact-check field on a translation of something else',
    mutate: (f) => f.edit('projects/beta.zh.md', 'summary: 一个虚构', 'statement: 据说 Beta 是用 Java 写的。\nsummary: 一个虚构'),
    expect: 'content/projects/beta.zh.md:3: schema',
  },
  {
    name: 'translated correction the original does not have',
    mutate: (f) => f.write('claims/alpha-is-go.zh.md', '---\nheadline: Alpha 是用 Go 写的\nstatement: Alpha 是用 Go 实现的。\ncorrection: Alpha 是用 Go 写的。\n---\n\n仓库是 Go 代码 [@alpha-repo]。\n'),
    expect: 'content/claims/alpha-is-go.zh.md:4: translation-fields',
  },
  {
    name: 'translation of an unverified claim that leaves what was searched in English',
    mutate: (f) => f.write('claims/alpha-serves-a-billion.zh.md', '---\nheadline: Alpha 每天处理十亿个请求\nstatement: Alpha 每天处理十亿个请求。\n---\n\n没有找到公开来源。\n'),
    expect: 'content/claims/alpha-serves-a-billion.zh.md:2: translation-fields',
  },
  {
    name: 'translation that leaves its figures worded in English',
    mutate: (f) => f.write('cases/alpha-at-example.zh.mdx', caseTranslation({ QPS: '每秒请求数' })),
    expect: 'content/cases/alpha-at-example.zh.mdx:5: figure-text',
  },
  {
    name: 'figure wording for a figure the original does not have',
    mutate: (f) => f.write('cases/alpha-at-example.zh.mdx', caseTranslation({ ...alphaFigureText, 'services on Alpa': '运行在 Alpha 上的服务' })),
    expect: 'content/cases/alpha-at-example.zh.mdx:11: figure-text',
  },
  {
    name: 'guide that asks for a newer Go than the examples are checked with',
    mutate: (f) => f.edit('guides/tuning-alpha.md', "goVersion: '1.19'", "goVersion: '1.99'"),
    expect: 'content/guides/tuning-alpha.md:5: go-version',
  },
  {
    name: 'missing content folder',
    mutate: (f) => rmSync(f.content, { recursive: true, force: true }),
    expect: 'content:1: content-root',
  },
  {
    name: 'stray file',
    mutate: (f) => f.write('projects/notes.txt', 'draft'),
    expect: 'content/projects/notes.txt:1: unknown-file',
  },
  {
    name: 'unpinned benchmark source',
    mutate: (f) => f.edit('sources/alpha-bench.yaml', 'blob/0123abc/', 'blob/main/'),
    expect: 'content/sources/alpha-bench.yaml:2: schema',
  },
  {
    name: 'Mermaid diagram that does not parse',
    mutate: (f) => f.edit('guides/alpha-request-path.md', '  G --> S{缓存命中?}', '  G --> S[O(1) 匹配]'),
    expect: 'content/guides/alpha-request-path.md:19: mermaid-syntax',
  },
  {
    name: 'Go block not gofmt-clean',
    mutate: (f) => f.edit('guides/alpha-request-path.md', '\t\tfmt.Fprintln(w,', '        fmt.Fprintln(w,'),
    expect: 'content/guides/alpha-request-path.md:54: gofmt',
  },
  {
    name: 'Go block that fails go vet',
    mutate: (f) => f.edit('guides/alpha-request-path.md', 'fmt.Fprintln(w, r.URL', 'fmt.Fprintf(w, "%d", r.URL'),
    expect: 'content/guides/alpha-request-path.md:54: go-vet',
  },
  {
    name: 'Go fragment that does not parse',
    mutate: (f) => f.edit('guides/alpha-request-path.md', 'defer pool.Put(buf)', 'defer pool.Put(buf'),
    expect: 'content/guides/alpha-request-path.md:67: gofmt',
  },
];

/** Every subject, metric and context of the fixture case's figures, in Chinese. */
export const alphaFigureText: Record<string, string> = {
  Alpha: 'Alpha',
  Beta: 'Beta',
  QPS: '每秒请求数',
  '4-CPU server, 1 KB echo': '4 核服务器，1 KB 回显',
  'services on Alpha': '运行在 Alpha 上的服务',
  'as Example Org reported it': 'Example Org 自述',
};

/** A Chinese translation of the fixture case with the given figure wording. */
export const caseTranslation = (figureText: Record<string, string>) =>
  `---\ntitle: Example Org 与 Alpha\nsummary: Example Org 用 Alpha 承载它的请求。\nfigureText:\n${Object.entries(figureText)
    .map(([en, zh]) => `  ${JSON.stringify(en)}: ${JSON.stringify(zh)}`)
    .join('\n')}\n---\n\nExample Org 用 Alpha 发送请求。\n`;
