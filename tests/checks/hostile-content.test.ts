/**
 * Hostile and careless content (tests/helpers/hostile-cases.ts): each case fails with the file, the line,
 * the rule and a fix, snapshotted; the good-input cases pass. Only the in-process rules run here (the
 * Mermaid and Go tools have their own tests), so the suite stays fast.
 */
import { describe, expect, test } from 'vitest';
import { formatReport, startContentCheck } from '../../src/checks';
import { hostileCases } from '../helpers/hostile-cases';
import { makeFixture, normalise } from '../helpers/fixture';

describe('hostile and careless content', () => {
  test.each(hostileCases)('$name', async (c) => {
    const fixture = makeFixture(`hostile-${c.name.replace(/\W+/g, '-')}`);
    c.mutate(fixture);
    const check = startContentCheck(fixture.content);
    await check.toolProblems.catch(() => []);
    const errors = check.problems.filter((p) => p.severity === 'error');
    const report = normalise(formatReport(errors), fixture);
    if (!c.expect) {
      expect(report).toBe('0 error(s), 0 warning(s)');
      return;
    }
    expect(report).toContain(c.expect);
    // The case's own problem comes first in the report: no knock-on noise ahead of it.
    expect(report.split('\n')[0]).toContain(c.expect);
    for (const p of errors) expect(p.fix.length).toBeGreaterThan(10);
    expect(report).toMatchSnapshot();
  });
});
