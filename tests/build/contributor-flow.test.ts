/**
 * The path CONTRIBUTING.md describes, end to end: scaffold one entry of every kind with `npm run new`'s
 * code, fill in what the skeleton marks TODO, and build. Each new entry must get its page, its backlinks
 * and a place in search.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/checks';
import { createEntry, type Kind } from '../../src/scaffold/create';
import { astroBuild, type BuildResult } from '../helpers/astro';
import { makeFixture, type Fixture } from '../helpers/fixture';
import { openSearch, type NodeSearch } from '../search/pagefind-node';

/** What a contributor writes in place of each TODO, per kind. */
const answers: Record<Exclude<Kind, 'translation'>, [string | RegExp, string][]> = {
  source: [
    ['url: https://TODO', 'url: https://example.org/gamma/readme'],
    ['publisher: TODO', 'publisher: Example Org'],
    ["published: 'TODO'", "published: '2026-10'"],
    ['kind: TODO', 'kind: docs'],
  ],
  org: [
    ['summary: TODO', 'summary: A fictional foundation that hosts the Gamma project and its community of users.'],
    ['website: https://TODO', 'website: https://example.org/gamma-foundation'],
    ['country: TODO', 'country: NL'],
    ['sources: [TODO]', 'sources: [gamma-readme]'],
  ],
  project: [
    ['summary: TODO', 'summary: A fictional Go message queue built for the contributor walkthrough, hosted by a foundation.'],
    ['repository: TODO/gamma', 'repository: example/gamma'],
    ['homepage: https://TODO', 'homepage: https://example.org/gamma'],
    ['license: TODO', 'license: MIT'],
    ['category: TODO', 'category: networking'],
    [/release: \{ version: TODO, (date: [\d-]+), source: TODO \}/, 'release: { version: v1.0.0, $1, source: gamma-readme }'],
    ['{ org: TODO, role: originated, source: TODO }', '{ org: gamma-foundation, role: hosts, source: gamma-readme }'],
    ['relations: []', 'relations: [{ kind: built-on, target: beta, source: gamma-readme }]'],
    ['sources: [TODO]', 'sources: [gamma-readme]'],
  ],
  case: [
    ['summary: TODO', 'summary: How the fictional Example Org moved its queues to Gamma, with one measured figure.'],
    ['orgs: [TODO]', 'orgs: [example-org]'],
    ['projects: [TODO]', 'projects: [gamma]'],
    ["period: { from: 'TODO' }", "period: { from: '2025' }"],
    ['subject: TODO', 'subject: Gamma'],
    ['metric: TODO', 'metric: QPS'],
    ['value: 0', 'value: 12000'],
    ['context: TODO hardware, software versions and load', 'context: one 8-core server, Gamma 1.0, 1 KB messages'],
    ['source: TODO', 'source: gamma-readme'],
    ['sources: [TODO]', 'sources: [gamma-readme]'],
  ],
  guide: [
    ['summary: TODO', 'summary: Learn how to size the Gamma consumer pool for a Go service with a fictional example.'],
    ["goVersion: 'TODO'", "goVersion: '1.21'"],
    ['projects: []', 'projects: [gamma]'],
    ['sources: [TODO]', 'sources: [gamma-readme]'],
  ],
  about: [['summary: TODO', 'summary: How the fictional fixture site decides what a contributor may publish about Gamma.']],
  claim: [
    ['statement: TODO', 'statement: Gamma was written in Rust.'],
    ['verdict: unverified', 'verdict: contradicted'],
    ['searched: TODO\n', ''],
    ['assessment: plausible\n', ''],
    ['# correction: TODO', 'correction: Gamma is written in Go.'],
    ['projects: [TODO]', 'projects: [gamma]'],
    ['sources: []', 'sources: [gamma-readme]'],
  ],
};

/** Body text: every TODO paragraph becomes a sentence that links the project and cites the source. */
const prose = 'Gamma ships messages through [Beta](../projects/beta.md) and keeps one [Gamma](../projects/gamma.md) consumer pool per service [@gamma-readme].';

function fill(fixture: Fixture, kind: Exclude<Kind, 'translation'>, file: string) {
  let text = readFileSync(file, 'utf8');
  for (const [from, to] of answers[kind]) {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`${kind}: the skeleton no longer contains ${String(from)}`);
    text = next;
  }
  text = text.replace(/^TODO:.*(\n[^\n#-].*)*$/gm, prose.replace('[Gamma](../projects/gamma.md) ', kind === 'project' ? '' : '[Gamma](../projects/gamma.md) '));
  writeFileSync(file, text);
  void fixture;
}

let fixture: Fixture;
let build: BuildResult;
let search: NodeSearch;
const page = (url: string) => readFileSync(path.join(build.outDir, url, 'index.html'), 'utf8');

beforeAll(async () => {
  fixture = makeFixture('contributor-flow');
  const order: [Exclude<Kind, 'translation'>, string, string][] = [
    ['source', 'gamma-readme', 'Gamma README'],
    ['org', 'gamma-foundation', 'Gamma Foundation'],
    ['project', 'gamma', 'Gamma'],
    ['case', 'example-org-gamma', 'Example Org moves its queues to Gamma'],
    ['guide', 'sizing-gamma-pools', 'Sizing Gamma consumer pools'],
    ['claim', 'gamma-is-rust', 'Gamma is written in Go, not Rust'],
    ['about', 'gamma-policy', 'What Gamma pages may say'],
  ];
  for (const [kind, id, title] of order) {
    const created = createEntry(fixture.content, { kind, id, title }, '2026-11-23');
    if (!created.ok) throw new Error(created.error);
    fill(fixture, kind, created.file);
  }
  const translation = createEntry(fixture.content, { kind: 'translation', id: 'projects/gamma' });
  if (!translation.ok) throw new Error(translation.error);
  writeFileSync(
    translation.file,
    readFileSync(translation.file, 'utf8')
      .replace('title: TODO', 'title: Gamma')
      .replace('summary: TODO', 'summary: 一个为贡献流程测试而虚构的 Go 消息队列。')
      .replace(/^TODO$/gm, 'Gamma 通过 [Beta](../projects/beta.md) 传递消息 [@gamma-readme]。'),
  );
  build = astroBuild(fixture.content, fixture.dir);
  if (build.code === 0) search = await openSearch(build.outDir, 'en');
});
afterAll(async () => search?.destroy());

describe('following CONTRIBUTING.md', () => {
  test('every filled-in skeleton passes the content check', async () => {
    const errors = (await checkContent(fixture.content)).filter((p) => p.severity === 'error');
    expect(errors.map((p) => `${p.file}:${p.line}: ${p.rule}: ${p.message}`)).toEqual([]);
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  test.each([
    ['/projects/gamma/', 'Gamma'],
    ['/orgs/gamma-foundation/', 'Gamma Foundation'],
    ['/cases/example-org-gamma/', 'Example Org moves its queues to Gamma'],
    ['/guides/sizing-gamma-pools/', 'Sizing Gamma consumer pools'],
    ['/claims/gamma-is-rust/', 'Gamma is written in Go, not Rust'],
    ['/about/gamma-policy/', 'What Gamma pages may say'],
    ['/sources/gamma-readme/', 'Gamma README'],
    ['/zh/projects/gamma/', 'Gamma'],
  ])('%s is published', (url, title) => {
    expect(page(url)).toContain(title);
  });

  test('the new project shows its backlinks and its relation on both sides', () => {
    const gamma = page('projects/gamma');
    const mentioned = gamma.slice(gamma.indexOf('id="mentioned-in"'));
    for (const from of ['/cases/example-org-gamma/', '/guides/sizing-gamma-pools/', '/claims/gamma-is-rust/']) {
      expect(mentioned).toContain(`href="${from}"`);
    }
    expect(page('projects/beta')).toContain('href="/projects/gamma/"');
    expect(page('orgs/gamma-foundation')).toContain('href="/projects/gamma/"');
  });

  test('the new entries are found by search', async () => {
    const urls = async (q: string) => (await search.search(q)).map((h) => h.url);
    expect((await urls('Gamma')).slice(0, 10)).toEqual(expect.arrayContaining(['/projects/gamma/', '/cases/example-org-gamma/']));
    expect(await urls('Sizing Gamma consumer pools')).toContain('/guides/sizing-gamma-pools/');
    const zh = await openSearch(build.outDir, 'zh-CN');
    expect((await zh.search('消息队列')).map((h) => h.url)).toContain('/zh/projects/gamma/');
    await zh.destroy();
  });
});
