import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/checks';
import { makeFixture, normalise } from '../helpers/fixture';
import { formatProblem } from '../../src/checks/problem';
import { measuredNumber } from '../../src/checks/rules/uncited-number';

async function warningsAfter(name: string, mutate: (f: ReturnType<typeof makeFixture>) => void, rule: string) {
  const fixture = makeFixture(`warn-${name}`);
  mutate(fixture);
  const problems = await checkContent(fixture.content);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return problems.filter((p) => p.rule === rule).map((p) => normalise(formatProblem(p), fixture));
}

describe('warnings never block, and each says how to fix it', () => {
  test('a measured number without a citation in its paragraph', async () => {
    expect(await warningsAfter('number', (f) => f.write('projects/beta.md', readBeta(f).replace('Beta runs one event loop per core [@beta-docs].', 'Beta answers in 3 ms [@beta-docs].\n\nIt serves 40,000 QPS on one core.')), 'uncited-number')).toMatchInlineSnapshot(`
      [
        "content/projects/beta.md:19: uncited-number: "40,000 QPS" is a measured number with no citation in its paragraph
          fix: add [@source-id] after the sentence that states it, or remove the number if no source gives it",
      ]
    `);
  });

  test('vague link text', async () => {
    expect(await warningsAfter('link-text', (f) => f.edit('guides/tuning-alpha.md', '[Alpha page]', '[here]'), 'link-text')).toMatchInlineSnapshot(`
      [
        "content/guides/tuning-alpha.md:14: link-text: link text "here" does not say where the link goes
          fix: use the target's name as the link text, e.g. "[the GC guide](../guides/gogc-gomemlimit.md)"",
      ]
    `);
  });

  test('a summary too short to say anything', async () => {
    expect(await warningsAfter('summary', (f) => f.edit('projects/beta.md', /summary: .*/, 'summary: A network library with a loop.'), 'summary-length')).toMatchInlineSnapshot(`
      [
        "content/projects/beta.md:3: summary-length: summary is 30 characters; lists and search results read best at 60–200
          fix: say what it is and why it matters to a Go engineer in one full sentence",
      ]
    `);
  });

  test('a fast-moving source not checked for a long time', async () => {
    expect(await warningsAfter('stale', (f) => f.edit('sources/alpha-repo.yaml', 'accessed: 2026-11-01', 'accessed: 2020-01-01'), 'stale-source')).toMatchInlineSnapshot(`
      [
        "content/sources/alpha-repo.yaml:5: stale-source: this repository was last checked on 2020-01-01, more than 18 months ago; what it says may have changed
          fix: open https://github.com/example/alpha, confirm it still supports every fact that cites it (or pin a commit), then set accessed: to today",
      ]
    `);
  });

  test('an entry nothing links to', async () => {
    expect(await warningsAfter('orphan', (f) => f.write('orgs/lonely-org.md', '---\ntitle: Lonely Org\nsummary: A fictional organisation that no other fixture entry mentions anywhere.\nwebsite: https://example.org/lonely\ncountry: SE\nkind: community\nsources: [beta-docs]\n---\n'), 'orphan-entry')).toMatchInlineSnapshot(`
      [
        "content/orgs/lonely-org.md:1: orphan-entry: no other entry links to orgs/lonely-org; readers will only find it through lists and search
          fix: link to it from a related entry ([name](../orgs/lonely-org.md)) or reference it in a frontmatter field such as projects:",
      ]
    `);
  });
});

describe('what counts as a measured number', () => {
  test.each(['8.3 ms', '50,000 QPS', '30%', '10 倍', '2 GB', '120 毫秒', '1,000 services'])('%s does', (s) => {
    expect(measuredNumber.test(`it took ${s} here`)).toBe(true);
  });
  test.each(['Go 1.19', 'in 2014', 'v0.13.0', 'RFC 7540', 'port 8080'])('%s does not', (s) => {
    expect(measuredNumber.test(`see ${s} here`)).toBe(false);
  });
});

function readBeta(f: ReturnType<typeof makeFixture>) {
  return require('node:fs').readFileSync(`${f.content}/projects/beta.md`, 'utf8') as string;
}
