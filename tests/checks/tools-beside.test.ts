import { describe, expect, test } from 'vitest';
import { checkContent, startContentCheck } from '../../src/checks';
import { makeFixture } from '../helpers/fixture';

describe('the content check while the site builds', () => {
  test('reports in-process problems at once and Mermaid/Go problems when the tools finish, in report order', async () => {
    const fixture = makeFixture('tools-beside');
    fixture.edit('guides/alpha-request-path.md', '  G --> S{缓存命中?}', '  G --> S[O(1) 匹配]');
    fixture.edit('guides/alpha-request-path.md', '\t\tfmt.Fprintln(w,', '        fmt.Fprintln(w,');
    fixture.edit('guides/tuning-alpha.md', /\n\n(?=[A-Z])/, '\n\nSee [the missing page](./no-such-guide.md).\n\n');

    const check = startContentCheck(fixture.content);
    // The build stops on these before Astro loads any content…
    expect(check.problems.map((p) => p.rule)).toEqual(['broken-link']);
    // …and on these once the pages are written.
    expect((await check.toolProblems).map((p) => p.rule).sort()).toEqual(['gofmt', 'mermaid-syntax']);
    const all = (await check.all).map((p) => p.rule);
    expect(all).toEqual(['broken-link', 'mermaid-syntax', 'gofmt']);
    expect((await checkContent(fixture.content)).map((p) => p.rule)).toEqual(all);
  });
});
