import { describe, expect, test } from 'vitest';
import { checkContent, formatProblem } from '../../src/checks';
import { makeFixture, normalise } from '../helpers/fixture';

describe('the figure-condition warning', () => {
  test('points out benchmark figures whose contexts differ only by concurrency, and names the field to use', async () => {
    const fixture = makeFixture('check-figure-condition');
    for (const level of ['100', '1000']) {
      for (let i = 0; i < 2; i++) {
        fixture.edit(
          'cases/alpha-at-example.mdx',
          `    context: 4-CPU server, 1 KB echo\n    condition: { name: concurrency, value: ${level} }\n`,
          `    context: concurrency ${level}, 4-CPU server, 1 KB echo\n`,
        );
      }
    }
    const problems = (await checkContent(fixture.content)).filter((p) => p.rule === 'figure-condition');
    expect(normalise(problems.map(formatProblem).join('\n'), fixture)).toMatchInlineSnapshot(`
      "content/cases/alpha-at-example.mdx:8: figure-condition: 4 "QPS" figures differ only by concurrency 100 and 1000 in their context, so each level gets its own chart
          fix: remove "concurrency N" from these contexts and add \`condition: { name: concurrency, value: N }\` to each figure; they then share one grouped chart"
    `);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  test('stays quiet once the level is in `condition`', async () => {
    const fixture = makeFixture('check-figure-condition-ok');
    // The fixture's QPS figures are the same four, with the level in `condition` instead of the context.
    expect(fixture.read('cases/alpha-at-example.mdx').match(/condition: \{ name: concurrency/g)).toHaveLength(4);
    expect((await checkContent(fixture.content)).map(formatProblem)).toEqual([]);
  });
});
