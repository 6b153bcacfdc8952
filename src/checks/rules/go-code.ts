import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fenceLineOf, goBlock, isStandardImport, unwrapGo, wrapGo, wrapsFor, type GoBlock, type GoWrap } from '../go/blocks';
import { gofmtAll, gofmtOutput, goVetAll, runTool, type Located } from '../go/tools';
import { openPassCache } from '../pass-cache';
import type { CheckedFile } from '../context';
import type { Problem } from '../problem';
import type { Rule } from './types';

interface Item {
  file: CheckedFile;
  /** The fence's meta and code: all that decides the block's outcome (the pass-cache key). */
  key: string;
  fenceLine: number;
  block: GoBlock;
  wraps: GoWrap[];
  /** The wrap in use: the first that parses, else the first. */
  wrap: GoWrap;
  parseError?: Located;
}

const fixes = {
  parse: {
    file: 'fix the Go syntax at this line; a block with a package clause must be a whole, compiling file',
    fragment:
      'a fragment is checked as statements inside a function, or as declarations when it starts with func, type, var, const or import: make it one of the two',
  },
  fmt: 'format the block with gofmt (tabs for indentation; e.g. paste it into x.go and run gofmt -w x.go)',
  vet: 'a block with a package clause must compile and pass go vet: fix the code, or drop the package clause and mark the block ```go fragment if it is deliberately partial',
  unmarked: 'start the block with a package clause (then it must compile), or mark a deliberately partial block as ```go fragment',
  missing: 'install Go (Debian: apt-get install golang-go), so gofmt and go vet can check the Go blocks',
};

const visible = (s: string) => JSON.stringify(s);

/** Bump when the wrapping or the checks change, so cached passes are re-checked. */
const ruleVersion = 1;

/** The Go toolchain's version (`go1.19.8`), part of the pass-cache key: a new Go re-checks every block. */
async function goVersion(): Promise<string> {
  const run = await runTool('go', ['env', 'GOVERSION'], process.cwd());
  return run.code === 0 ? run.stdout.trim() : 'no-go';
}

/** Every ```go block is gofmt-clean; one with a package clause also passes go vet, so Atlas's Go compiles. */
export const goCode: Rule = {
  name: 'go-code',
  severity: 'error',
  runs: 'tools',
  description: '```go blocks are gofmt-clean; complete files (package clause) pass go vet; partial blocks are marked `fragment`',
  async check(ctx) {
    const all: Item[] = ctx.files.flatMap((file) =>
      (file.scan?.fences ?? [])
        .filter((f) => f.lang === 'go')
        .map((fence) => {
          const block = goBlock(fence);
          const wraps = wrapsFor(block);
          return { file, key: JSON.stringify([fence.meta, fence.value]), fenceLine: fence.line, block, wraps, wrap: wraps[0]! };
        }),
    );
    if (!all.length) return [];
    const passed = openPassCache(ctx.cacheDir, 'go', ctx.cacheDir ? `rule ${ruleVersion}, ${await goVersion()}` : '');
    const items = all.filter((item) => !passed.has(item.key));
    if (!items.length) {
      passed.save();
      return [];
    }
    const problems: Problem[] = [];
    /** Items with a problem, or that a tool could not check: never recorded as passed. */
    const unproven = new Set<Item>();
    const report = (item: Item, blockLine: number, rule: string, message: string, fix: string) => {
      unproven.add(item);
      problems.push({ file: item.file.file, line: item.fenceLine + blockLine, rule, severity: 'error', message, fix });
    };

    const tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-go-'));
    try {
      // gofmt, once per wrap still to try: a fragment that does not parse one way is tried the other way.
      let pending = items.map((_, i) => i);
      let formatted: number[] = [];
      for (let round = 0; pending.length; round++) {
        const texts = new Map(pending.map((i) => [i, wrapGo(items[i]!.block, items[i]!.wraps[round]!).text]));
        const result = await gofmtAll(tmp, texts);
        if (result.missing) {
          const first = items[0]!;
          return [{ file: first.file.file, line: first.fenceLine, rule: 'go-tools', severity: process.env.CI ? 'error' : 'warning', message: 'the Go blocks were not checked: gofmt is not installed', fix: fixes.missing }];
        }
        const failed = new Map(result.parseErrors.map((e) => [e.index, e]));
        formatted = [...formatted, ...result.unformatted];
        for (const i of pending) {
          const item = items[i]!;
          if (round === 0) item.parseError = failed.get(i);
          if (!failed.has(i)) {
            item.wrap = item.wraps[round]!;
            item.parseError = undefined;
          }
        }
        pending = pending.filter((i) => failed.has(i) && items[i]!.wraps[round + 1]);
      }

      for (const item of items) {
        if (!item.block.complete && !item.block.fragment) {
          report(item, 1, 'go-fragment', 'this Go block has no package clause and is not marked `fragment`', fixes.unmarked);
        }
        if (item.parseError) {
          const e = item.parseError;
          report(item, fenceLineOf(item.block, e.line, item.wrap), 'gofmt', `gofmt cannot parse this Go block: ${e.message}`, item.wrap === 'file' ? fixes.parse.file : fixes.parse.fragment);
        }
      }

      // Say where gofmt would change the block, by re-running it on just those files (rare).
      for (const i of formatted) {
        const item = items[i]!;
        const want = unwrapGo(await gofmtOutput(tmp, i, wrapGo(item.block, item.wrap).text), item.wrap);
        const have = item.block.lines;
        let at = 0;
        while (at < have.length && have[at] === want[at]) at++;
        const line = item.block.origin[Math.min(at, have.length - 1)] ?? 1;
        const detail =
          at < have.length && at < want.length
            ? `gofmt writes ${visible(want[at]!)} where the block has ${visible(have[at]!)}`
            : at < want.length
              ? `gofmt adds ${visible(want[at]!)} here`
              : `gofmt removes ${visible(have[at] ?? '')} here`;
        report(item, line, 'gofmt', `this Go block is not gofmt-formatted: ${detail}`, fixes.fmt);
      }

      // go vet: whole files that parse and import only the standard library (no network here).
      const vettable = items
        .map((item, i) => [i, item] as const)
        .filter(([, it]) => it.block.complete && !it.block.fragment && !it.parseError && it.block.imports.every(isStandardImport));
      const vet = await goVetAll(tmp, new Map(vettable.map(([i, it]) => [i, wrapGo(it.block, 'file').text])));
      for (const p of vet.problems) {
        const item = items[p.index]!;
        report(item, fenceLineOf(item.block, p.line, 'file'), 'go-vet', `go vet: ${p.message}`, fixes.vet);
      }
      if (vet.failure && vettable.length) {
        const item = vettable[0]![1];
        report(item, 1, 'go-vet', `go vet failed: ${vet.failure.split('\n').slice(0, 3).join(' ')}`, fixes.vet);
      }
      if (vet.failure || vet.missing) for (const [, item] of vettable) unproven.add(item);
      for (const item of items) if (!unproven.has(item)) passed.add(item.key);
      passed.save();
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    return problems;
  },
};
