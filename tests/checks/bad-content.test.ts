import { describe, expect, test } from 'vitest';
import { checkContent, formatReport } from '../../src/checks';
import { badCases } from '../helpers/bad-cases';
import { fixtureContent, makeFixture, normalise } from '../helpers/fixture';

describe('content checker', () => {
  test('passes the good fixture site with no problems', async () => {
    expect((await checkContent(fixtureContent)).map((p) => `${p.file}:${p.line}: ${p.rule}`)).toEqual([]);
  });

  test.each(badCases)('reports $name with file, line, rule and a fix', async (bad) => {
    const fixture = makeFixture(`check-${bad.name.replace(/\W+/g, '-')}`);
    bad.mutate(fixture);
    const problems = await checkContent(fixture.content);
    // Warnings have their own tests (warnings.test.ts); these snapshots show what blocks.
    const report = normalise(formatReport(problems.filter((p) => p.severity === 'error')), fixture);
    expect(problems.filter((p) => p.severity === 'error').length).toBeGreaterThan(0);
    expect(report).toContain(bad.expect);
    for (const p of problems) expect(p.fix.length).toBeGreaterThan(10);
    expect(report).toMatchSnapshot();
  });
});
