/**
 * Closed vocabularies of the content model. Adding a value here is a deliberate, reviewed change:
 * every list is an enum in the schemas, so a typo in frontmatter is an error, never a new value.
 */

/** Kinds of project, used to group the projects index. */
export const projectCategories = [
  'rpc-framework',
  'http-framework',
  'networking',
  'service-mesh',
  'orchestration',
  'container-runtime',
  'database',
  'storage',
  'observability',
  'developer-tool',
  'library',
  'consensus',
  'programming-language',
  'web-server',
  'api-gateway',
  'load-balancer',
  'dns',
  'scheduler',
  'multi-cluster',
  'gitops',
  'infrastructure-as-code',
  'ci-cd',
  'static-site-generator',
  'cli-library',
  'configuration',
  'logging',
  'database-client',
  'database-tool',
  'concurrency',
  'flow-control',
  'blockchain',
  'wasm-runtime',
  'serverless-runtime',
  'log-shipper',
  'id-generator',
] as const;

/** Implementation languages a project can list. */
export const languages = ['go', 'rust', 'c', 'cpp', 'java', 'typescript', 'python', 'lua', 'assembly'] as const;

/** Licences, as SPDX identifiers. */
export const licenses = [
  'Apache-2.0',
  'MIT',
  'MIT OR Apache-2.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'MPL-2.0',
  'GPL-3.0-only',
  'AGPL-3.0-only',
  'LGPL-3.0-only',
  'LGPL-2.1-only',
  'GPL-2.0-only',
  'GPL-3.0-or-later',
  'ISC',
  'BUSL-1.1',
  'Elastic-2.0',
  /** Beats: Apache 2.0 outside x-pack/, the Elastic License inside it (the file names no version). */
  'Apache-2.0 AND LicenseRef-Elastic-License',
  'LicenseRef-CockroachDB-Software-License',
  'proprietary',
] as const;

/** Typed relations from one project to another. Each has an inverse label (see `knowledge/relations.ts`). */
export const relationKinds = [
  'built-on',
  'uses',
  'part-of',
  'data-plane-for',
  'stores-state-in',
  'alternative-to',
  'successor-of',
] as const;

/** What an organisation did for a project. */
export const orgRoles = ['originated', 'maintains', 'hosts', 'uses'] as const;

/** Kinds of organisation. */
export const orgKinds = ['company', 'foundation', 'community', 'university'] as const;

/** ISO 3166-1 alpha-2 codes of the countries Atlas covers, plus `INT` for international bodies. */
export const countries = ['CN', 'US', 'GB', 'DE', 'FR', 'NL', 'SE', 'CH', 'JP', 'KR', 'SG', 'IN', 'CA', 'AU', 'AR', 'UY', 'BR', 'PL', 'TR', 'CZ', 'IL', 'ES', 'IE', 'INT'] as const;

/** Kinds of source in the bibliography. */
export const sourceKinds = ['repository', 'docs', 'benchmark', 'talk', 'blog', 'paper', 'issue', 'news'] as const;

/** Languages a source or a page can be written in. */
export const contentLanguages = ['en', 'zh'] as const;

/** Fact-check verdicts. */
export const verdicts = ['confirmed', 'contradicted', 'unverified'] as const;

/** Kinds of text a claim circulated in. */
export const claimMedia = ['blog-post', 'forum-post', 'social-post', 'talk', 'news-article', 'documentation'] as const;

/** How an unverified claim looks after the search: could be true, at odds with what is known, or made up. */
export const assessments = ['plausible', 'implausible', 'invented'] as const;

/** Where a project stands: developed, only maintained, archived by its owners, or replaced by another project. */
export const projectStatuses = ['active', 'maintenance', 'archived', 'superseded'] as const;

/** Reader levels of a guide. */
export const levels = ['beginner', 'intermediate', 'advanced'] as const;

/** Units a figure can be measured in. Charts only compare figures that share a unit. */
export const units = ['qps', 'rpm', 'ns', 'us', 'ms', 's', 'percent', 'services', 'count', 'cores', 'lines', 'kb', 'mb', 'gb', 'x'] as const;

/** What may vary across a series of otherwise identical measurements (a figure's `condition.name`). */
export const conditionNames = ['concurrency', 'connections', 'payload-bytes', 'cpus'] as const;

/** How exact a figure is: `at-least` renders as "50,000+", `approx` as "~50,000". */
export const qualifiers = ['exact', 'at-least', 'approx'] as const;
