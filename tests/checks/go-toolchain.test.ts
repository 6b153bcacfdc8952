/**
 * Without a suitable Go on the PATH, the site still builds with Node alone: the Go checks are skipped with
 * one notice naming what did not run and how to get it. In CI, `npm run check:content` and `npm test`
 * the same missing tool is an error.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { checkContent, formatProblem } from '../../src/checks';
import { makeFixture, normalise, type Fixture } from '../helpers/fixture';

let fixture: Fixture;
const realPath = process.env.PATH;
const withoutGo = () => (realPath ?? '').split(path.delimiter).filter((dir) => !/\bgo\b/.test(dir) && !dir.includes('/go/')).join(path.delimiter);

beforeAll(() => {
  fixture = makeFixture('check-go-toolchain');
  // A stand-in `go` that reports an old version, for the too-old case.
  const oldGo = path.join(fixture.dir, 'old-go');
  mkdirSync(oldGo, { recursive: true });
  writeFileSync(path.join(oldGo, 'go'), '#!/bin/sh\n[ "$1 $2" = "env GOVERSION" ] && echo go1.22.5 && exit 0\nexit 1\n');
  chmodSync(path.join(oldGo, 'go'), 0o755);
});
afterEach(() => {
  process.env.PATH = realPath;
});

const toolProblems = async (requireTools: boolean) =>
  normalise(
    (await checkContent(fixture.content, process.cwd(), { requireTools }))
      .filter((p) => p.rule === 'go-tools')
      .map((p) => `${p.severity}: ${formatProblem(p)}`)
      .join('\n'),
    fixture,
  );

describe('the Go gate without a suitable Go', () => {
  test('a local build warns once, naming the skipped checks, the version needed and where it is stated', async () => {
    process.env.PATH = withoutGo();
    expect(await toolProblems(false)).toMatchInlineSnapshot(`
      "warning: go/go.mod:3: go-tools: the 4 Go blocks in content/ were not compiled, vetted or gofmt-checked: there is no Go toolchain on the PATH; they need Go 1.26 (the \`go\` line here); everything else was checked and the site is built without these checks
          fix: install Go 1.26 or newer (https://go.dev/dl/) and put \`go\` and \`gofmt\` on the PATH; the minimum is the \`go\` line of go/go.mod"
    `);
  });

  test('in CI and in npm run check:content the missing Go is an error', async () => {
    process.env.PATH = withoutGo();
    expect(await toolProblems(true)).toMatch(/^error: go\/go\.mod:\d+: go-tools: the 4 Go blocks in content\/ were not compiled/);
  });

  test('a Go older than the go line of go/go.mod is named with both versions', async () => {
    process.env.PATH = [path.join(fixture.dir, 'old-go'), withoutGo()].join(path.delimiter);
    expect(await toolProblems(true)).toMatchInlineSnapshot(`
      "error: go/go.mod:3: go-tools: the 4 Go blocks in content/ were not compiled, vetted or gofmt-checked: the Go on the PATH is go1.22.5, older than Go 1.26 (the \`go\` line here)
          fix: install Go 1.26 or newer (https://go.dev/dl/) and put \`go\` and \`gofmt\` on the PATH; the minimum is the \`go\` line of go/go.mod"
    `);
  });
});
