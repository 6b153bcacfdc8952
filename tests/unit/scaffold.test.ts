import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/checks';
import { createEntry, kinds, type Kind } from '../../src/scaffold/create';
import { makeFixture } from '../helpers/fixture';

describe('npm run new', () => {
  test.each(Object.keys(kinds) as Kind[])('a %s skeleton is well-formed: its only problems are the TODOs left to fill', async (kind) => {
    const fixture = makeFixture(`new-${kind}`);
    const result = createEntry(fixture.content, { kind, id: 'brand-new', title: 'Brand new RPC thing' }, '2026-11-23');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const problems = (await checkContent(fixture.content)).filter((p) => p.severity === 'error');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.rule)).toEqual(problems.map(() => 'placeholder'));
    const text = readFileSync(result.file, 'utf8');
    expect(text).toContain('Brand new RPC thing');
  });

  test('suggests tags and related entries from the title', () => {
    const fixture = makeFixture('new-suggest');
    const result = createEntry(fixture.content, { kind: 'guide', id: 'alpha-rpc-retries', title: 'Alpha RPC retries' });
    expect(result).toMatchObject({ ok: true, tags: ['rpc'] });
    expect(result.ok && result.related).toContain('projects/alpha');
    expect(readFileSync(result.ok ? result.file : '', 'utf8')).toContain('tags: [rpc]');
  });

  test('refuses an id that exists, naming the file', () => {
    const fixture = makeFixture('new-taken');
    expect(createEntry(fixture.content, { kind: 'project', id: 'alpha' })).toEqual({
      ok: false,
      error: 'tests/.tmp/new-taken/content/projects/alpha.md already has the id "alpha"; pick another id or edit that file',
    });
  });

  test('refuses an id that is not lower-case-hyphens', () => {
    const fixture = makeFixture('new-bad-id');
    expect(createEntry(fixture.content, { kind: 'org', id: 'Example Org' })).toEqual({
      ok: false,
      error: '"Example Org" is not a valid id: use lower-case words joined by hyphens, e.g. kitex or bytedance-kitex',
    });
  });

  test('a translation sits beside its original and carries the original\'s section headings', () => {
    const fixture = makeFixture('new-translation');
    const result = createEntry(fixture.content, { kind: 'translation', id: 'projects/alpha' });
    expect(result.ok && result.file.endsWith('projects/alpha.zh.md')).toBe(true);
    const text = readFileSync(`${fixture.content}/projects/alpha.zh.md`, 'utf8');
    expect(text).toContain('## Design');
    expect(createEntry(fixture.content, { kind: 'translation', id: 'projects/gamma' })).toMatchObject({ ok: false });
    expect(existsSync(`${fixture.content}/projects/gamma.zh.md`)).toBe(false);
  });

  test('a translation of an entry with figures lists their wording to translate, which the checker then asks for', async () => {
    const fixture = makeFixture('new-translation-figures');
    const result = createEntry(fixture.content, { kind: 'translation', id: 'cases/alpha-at-example' });
    expect(result.ok).toBe(true);
    const text = readFileSync(`${fixture.content}/cases/alpha-at-example.zh.mdx`, 'utf8');
    expect(text).toContain('figureText:\n  "Alpha": TODO\n  "QPS": TODO\n  "4-CPU server, 1 KB echo": TODO\n  "Beta": TODO\n');
    const problems = (await checkContent(fixture.content)).filter((p) => p.severity === 'error');
    expect(new Set(problems.map((p) => p.rule))).toEqual(new Set(['placeholder']));
  });

  test('a translation of an entry in a nested folder translates that entry, not its folder\'s namesake', () => {
    const fixture = makeFixture('new-translation-nested');
    fixture.copy('guides/tuning-alpha.md', 'guides/alpha/tuning.md');
    fixture.copy('guides/tuning-alpha.md', 'guides/alpha.md');
    const result = createEntry(fixture.content, { kind: 'translation', id: 'guides/alpha/tuning' });
    expect(result.ok && result.file.endsWith('guides/alpha/tuning.zh.md')).toBe(true);
    expect(existsSync(`${fixture.content}/guides/alpha.zh.md`)).toBe(false);
  });
});
