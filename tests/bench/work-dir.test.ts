/**
 * The bench's work folder outside the project (`--work-dir ../bench-out`): builds there must resolve the
 * project's packages (scripts/bench/work-dir.ts). Checked on a fake project, without building anything.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { linkProjectPackages } from '../../scripts/bench/work-dir';

const tmp = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'atlas-work-dir-')));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A project whose node_modules holds one package, `fake-astro`. */
const project = path.join(tmp, 'project');
const modules = path.join(project, 'node_modules');
mkdirSync(path.join(modules, 'fake-astro'), { recursive: true });
writeFileSync(path.join(modules, 'fake-astro', 'package.json'), JSON.stringify({ name: 'fake-astro', main: 'index.js' }));
writeFileSync(path.join(modules, 'fake-astro', 'index.js'), 'module.exports = 1;\n');

/** Where `fake-astro` resolves from a file in `dir`, as the baseline's astro.config.mjs would look for `astro`. */
const resolveFrom = (dir: string) => {
  try {
    return createRequire(path.join(dir, 'astro.config.mjs')).resolve('fake-astro');
  } catch {
    return undefined;
  }
};
const workDir = (name: string) => {
  const dir = path.join(tmp, name);
  mkdirSync(path.join(dir, 'baseline-site'), { recursive: true });
  return dir;
};
const installed = path.join(modules, 'fake-astro', 'index.js');

describe('bench work folder', () => {
  test('outside the project, links the project\'s node_modules so the builds there resolve its packages', () => {
    const work = workDir('bench-out');
    expect(resolveFrom(path.join(work, 'baseline-site'))).toBeUndefined();
    expect(linkProjectPackages(work, modules)).toBe('linked');
    expect(lstatSync(path.join(work, 'node_modules')).isSymbolicLink()).toBe(true);
    expect(resolveFrom(path.join(work, 'baseline-site'))).toBe(installed);
    expect(resolveFrom(path.join(work, 'n10', 'atlas', 'dist', '.prerender', 'chunks'))).toBe(installed);
    // The next run finds the link in place.
    expect(linkProjectPackages(work, modules)).toBe('reachable');
  });

  test('inside the project, leaves the folder alone: the packages are reachable already', () => {
    const work = path.join(project, 'tests', '.tmp', 'bench');
    mkdirSync(work, { recursive: true });
    expect(linkProjectPackages(work, modules)).toBe('reachable');
    expect(existsSync(path.join(work, 'node_modules'))).toBe(false);
  });

  test('replaces its own link once the project it pointed at has moved', () => {
    const work = workDir('moved');
    symlinkSync(path.join(tmp, 'gone', 'node_modules'), path.join(work, 'node_modules'));
    expect(linkProjectPackages(work, modules)).toBe('linked');
    expect(resolveFrom(path.join(work, 'baseline-site'))).toBe(installed);
  });

  test('refuses a work folder with a node_modules of its own', () => {
    const work = workDir('other-project');
    mkdirSync(path.join(work, 'node_modules'));
    let message = '';
    try {
      linkProjectPackages(work, modules);
    } catch (e) {
      message = (e as Error).message.replaceAll(tmp, '<tmp>');
    }
    expect(message).toMatchInlineSnapshot(`
      "the work folder has a node_modules of its own (<tmp>/other-project/node_modules), so its builds would not use the project's packages (<tmp>/project/node_modules)
        fix: pass another --work-dir, or remove <tmp>/other-project/node_modules"
    `);
  });
});
