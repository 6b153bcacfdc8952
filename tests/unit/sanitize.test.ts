/**
 * The second line of defence: whatever markup gets past the content gate never reaches a page in a form
 * that runs. Rendered through the real Markdown pipeline with Atlas's plugins.
 */
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { atlasMarkdownPlugins } from '../../src/markdown';
import { fixtureContent } from '../helpers/fixture';

const render = async (md: string) => (await markdownToHtml(md, { ...atlasMarkdownPlugins(fixtureContent) })).html;

describe('the rendered page', () => {
  test.each([
    ['a script element', 'Text <script>alert(1)</script> more.', /<script/i],
    ['an event handler on an image', '<img src="x.png" onerror="alert(1)">', /onerror/i],
    ['an iframe', '<iframe src="https://example.org"></iframe>', /<iframe/i],
    ['a javascript: link', '[docs](javascript:alert(1))', /javascript:/i],
    ['a javascript: link with an entity', '[docs](java&#x73;cript:alert(1))', /javascript:/i],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)', /data:text/i],
  ])('never carries %s', async (_, md, forbidden) => {
    const html = await render(md);
    expect(html).not.toMatch(forbidden);
  });

  test('keeps ordinary links, emphasis and code', async () => {
    const html = await render('See [Go](https://go.dev) and *this* `code`.');
    expect(html).toContain('<a href="https://go.dev">Go</a>');
    expect(html).toContain('<em>this</em>');
    expect(html).toContain('<code>code</code>');
  });
});
