/**
 * Skeletons for `npm run new`: every field of the kind's schema, commented, with TODO where the author
 * must write something. The content checker refuses TODO, so a skeleton cannot be published unfinished.
 */
import type { EntryCollection } from '../schemas';

export interface SkeletonInput {
  id: string;
  title: string;
  today: string;
  /** Tag ids suggested from the vocabulary. */
  tags: string[];
  /** Entries that look related, as `collection/id`. */
  related: string[];
}

const list = (ids: string[]) => `[${ids.join(', ')}]`;
// A comment in the body: an HTML comment in Markdown, a JS block comment in braces in MDX (where `<!--` is a syntax error).
const comment = (text: string, mdx = false) => (mdx ? `{/* ${text} */}` : `<!-- ${text} -->`);
const relatedComment = (related: string[], mdx = false) =>
  related.length ? `\n${comment(`Entries that may be related (link them where it helps the reader): ${related.join(', ')}`, mdx)}\n` : '\n';

const body = (sections: string[], related: string[], mdx = false) =>
  `${relatedComment(related, mdx)}\n${sections.map((s) => `## ${s}\n\nTODO: write this section in your own words, citing each fact where you state it (CONTRIBUTING.md, "Citing").\n`).join('\n')}`;

export const skeletons: Record<EntryCollection | 'sources', (i: SkeletonInput) => string> = {
  projects: (i) => `---
# Display name, as the project writes it.
title: ${i.title}
# One sentence (60–200 characters): what it is and who uses it for what.
summary: TODO
# GitHub repository as owner/name.
repository: TODO/${i.id}
# Project home page (full URL).
homepage: https://TODO
# Implementation languages, main one first: go, rust, c, cpp, java, typescript, python, lua, assembly.
languages: [go]
# SPDX licence: Apache-2.0, MIT, BSD-2-Clause, BSD-3-Clause, MPL-2.0, GPL-3.0-only, AGPL-3.0-only, LGPL-3.0-only, proprietary.
license: TODO
# Category (the full list is in src/vocab/index.ts): rpc-framework, http-framework, networking,
# service-mesh, orchestration, container-runtime, database, storage, observability, developer-tool, library…
category: TODO
# active, maintenance, archived or superseded.
status: active
# The newest release on the day you checked, with a source showing it (its release or tag page).
release: { version: TODO, date: ${i.today}, source: TODO }
# The day you checked status and release.
checked: ${i.today}
# Organisations and their role (originated, maintains, hosts, uses), each with the source that says so.
orgs:
  - { org: TODO, role: originated, source: TODO }
# Typed relations to other projects (built-on, uses, part-of, data-plane-for, stores-state-in,
# alternative-to, successor-of), each with its source. Delete the list if there are none: relations: []
relations: []
# Tags from content/tags.yaml.
tags: ${list(i.tags)}
# Sources for the facts on the page (ids of files in content/sources/).
sources: [TODO]
---
${body(['What it is', 'How it works', 'Who uses it'], i.related)}`,

  orgs: (i) => `---
title: ${i.title}
# One sentence (60–200 characters): who they are and their part in the Go ecosystem.
summary: TODO
website: https://TODO
# ISO 3166-1 alpha-2 code of the headquarters (CN, US, DE…), or INT for international bodies.
country: TODO
# company, foundation, community or university.
kind: company
tags: ${list(i.tags)}
sources: [TODO]
---
${body(['Go at ' + i.title, 'Projects'], i.related)}`,

  cases: (i) => `---
# Headline of the case: who ran what.
title: ${i.title}
# One sentence: who, what, result.
summary: TODO
# Organisations and projects the case is about (ids).
orgs: [TODO]
projects: [TODO]
# Period covered: YYYY or YYYY-MM; leave out \`to\` while it is ongoing.
period: { from: 'TODO' }
# Measured numbers, one per figure, each with unit, conditions and source. Units: qps, ms, us, percent,
# services, count, mb, gb, x. qualifier: exact, at-least (50,000+) or approx (~50,000).
figures:
  - subject: TODO
    metric: TODO
    value: 0
    unit: qps
    qualifier: exact
    context: TODO hardware, software versions and load
    source: TODO
updated: ${i.today}
tags: ${list(i.tags)}
sources: [TODO]
---
${body(['Context', 'What was done', 'Results', 'What the numbers do not show'], i.related, true)}`,

  guides: (i) => `---
title: ${i.title}
# One sentence: what the reader will be able to do.
summary: TODO
# beginner, intermediate or advanced.
level: intermediate
# Oldest Go release the advice applies to.
goVersion: 'TODO'
# Projects the guide discusses (ids).
projects: []
updated: ${i.today}
tags: ${list(i.tags)}
sources: [TODO]
---
${body(['The problem', 'How it works', 'In practice'], i.related)}
<!-- Go code: complete files (with a package clause) must compile; mark partial snippets \`\`\`go fragment. -->
`,

  claims: (i) => `---
# The truth first, in a few words. Contradicted: what is true ("GOGC=off dates from Go 1.1, not 1.22").
# Confirmed: the fact. Unverified: what has no public source (shown after "No public source for:").
headline: ${i.title}
# The statement as it circulated, paraphrased in English (a Chinese page carries the Chinese paraphrase).
statement: TODO
# Where it circulated: language (en or zh), kind of text, and when (leave out date when undated).
circulated:
  language: zh
  medium: blog-post
# confirmed, contradicted or unverified. Unverified means no public source was found.
verdict: unverified
# Unverified only: where you looked and for what, and whether it looks plausible, implausible or invented.
searched: TODO
assessment: plausible
# What is true instead: required when contradicted (delete this line otherwise).
# correction: TODO
# What the claim is about (ids): at least one project or organisation.
projects: [TODO]
orgs: []
# Evidence for the verdict: required unless unverified.
sources: []
checked: ${i.today}
---
${relatedComment(i.related)}
TODO: explain the verdict in a few sentences, citing the evidence where you state it. For an unverified
claim, say plainly that no public source was found and that Atlas does not state it as fact.
`,

  about: (i) => `---
# Headline of the page about Atlas.
title: ${i.title}
# One sentence (60–200 characters): what the page explains.
summary: TODO
updated: ${i.today}
# Sources for any fact about the world the page states (ids of files in content/sources/).
sources: []
---
${body(['Why this page exists'], i.related)}`,

  sources: (i) => `# One bibliography entry. Moving data (benchmark CSVs, READMEs) must be cited at a commit:
# https://github.com/owner/repo/blob/<commit>/file, with the commit date as \`published\`.
title: ${i.title}
url: https://TODO
publisher: TODO
# author: Name Surname   (uncomment when the work names its author)
# YYYY, YYYY-MM or YYYY-MM-DD.
published: 'TODO'
accessed: ${i.today}
# en or zh.
language: en
# repository, docs, benchmark, talk, blog, paper, issue or news.
kind: TODO
`,
};

/** A translation: the translated title and summary (a fact check: headline, statement, correction), and the original's headings as a guide. */
export function translationSkeleton(original: {
  title: string;
  headings: string[];
  /** An MDX body takes a JSX comment; an HTML comment is a syntax error there. */
  format: 'md' | 'mdx';
  claim?: { correction: boolean; searched: boolean };
  figureWording?: string[];
}): string {
  const fields = original.claim
    ? `# Translated truth-first headline (${original.title}).
headline: TODO
# The statement as readers of this language met it (for a claim that circulated in Chinese, the Chinese paraphrase).
statement: TODO
${original.claim.correction ? '# Translated correction.\ncorrection: TODO\n' : ''}${original.claim.searched ? '# Where Atlas looked and what it found, translated.\nsearched: TODO\n' : ''}`
    : `# Translated title (${original.title}).
title: TODO
# Translated one-sentence summary.
summary: TODO
`;
  const figures = original.figureWording?.length
    ? `# The figures' wording on this page (English exactly as in the original → translation).
figureText:
${original.figureWording.map((w) => `  ${JSON.stringify(w)}: TODO`).join('\n')}
`
    : '';
  return `---
${fields}${figures}---

${comment(`Translate the original body; keep every [@source-id] citation and every relative link. Other fields
come from the original, so facts and sources are never copied.`, original.format === 'mdx')}

${original.headings.map((h) => `## ${h}\n\nTODO\n`).join('\n')}`;
}
