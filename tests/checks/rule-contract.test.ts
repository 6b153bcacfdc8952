/**
 * The rule contract: every kind of problem is declared once, by the rule that reports it; CONTRIBUTING's
 * table is those declarations; and every kind is exercised by at least one test that names it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { rules } from '../../src/checks/rules';
import { ruleKinds, ruleTable } from '../../src/checks/rules/table';

const testText = (dir: string): string =>
  readdirSync(dir, { withFileTypes: true })
    .map((d) => (d.isDirectory() ? (d.name === '.tmp' || d.name === 'fixtures' ? '' : testText(path.join(dir, d.name))) : /\.(ts|snap)$/.test(d.name) ? readFileSync(path.join(dir, d.name), 'utf8') : ''))
    .join('\n');

describe('the rule contract', () => {
  test('CONTRIBUTING §7 shows exactly the declared kinds of problem', () => {
    const doc = readFileSync('CONTRIBUTING.md', 'utf8');
    const table = /<!-- rule-table:start -->\n([\s\S]*?)\n<!-- rule-table:end -->/.exec(doc)?.[1];
    expect(table, 'regenerate it with npm run check:content -- --list').toBe(ruleTable());
  });

  test('no kind is declared by two rules, and each rule is named after its file', () => {
    const kinds = ruleKinds().map((k) => k.kind);
    expect(kinds.length).toBe(new Set(kinds).size);
    const files = readdirSync('src/checks/rules');
    for (const r of rules) expect(files, r.name).toContain(`${r.name}.ts`);
  });

  test('every kind of problem is named by at least one test', () => {
    const text = testText('tests');
    const untested = ruleKinds().filter((k) => !new RegExp(`[:'"\` ]${k.kind}[:'"\` ,]`).test(text));
    expect(untested.map((k) => k.kind)).toEqual([]);
  });

  test('a rule that reports a kind it does not declare fails loudly', async () => {
    const { defineRule } = await import('../../src/checks/rules/types');
    const rogue = defineRule({ name: 'rogue', runs: 'in-process', kinds: { known: { severity: 'error', description: 'x' } }, check: () => [{ file: 'f', line: 1, rule: 'unknown' as 'known', message: 'm', fix: 'f' }] });
    expect(() => rogue.check({} as never)).toThrow('rule rogue reported "unknown", which it does not declare in its kinds');
  });
});
