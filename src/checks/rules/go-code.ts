import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  checkedLanguageVersion,
  compareVersions,
  fenceLineOf,
  goBlock,
  isStandardImport,
  unwrapGo,
  wrapGo,
  wrapsFor,
  type GoBlock,
  type GoWrap,
} from '../../go-examples/blocks';
import { goModuleFolder, moduleOf, readGoModule, type GoModule } from '../../go-examples/module';
import { keyOf } from '../../knowledge/graph';
import { gofmtAll, gofmtOutput, goToolchain, goVetAll, type Located, type VetGroup, type VetResult } from '../go/tools';
import { openPassCache } from '../pass-cache';
import type { CheckContext, CheckedFile } from '../context';
import { defineRule, type RuleProblem } from './types';

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
  /** The language version the block compiles at (blocks.ts, checkedLanguageVersion). */
  goVersion: string;
  /** Lines put before the block in the vetted file (a `//go:build go1.N` line and a blank line). */
  header: number;
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
  version: (page: string, needs: string) =>
    `the page's goVersion is ${page}, so its blocks may use only what Go ${page} has: rewrite this line for Go ${page}, or raise goVersion to ${needs} if the page really needs it`,
  tools: (need: string) =>
    `install Go ${need} or newer (https://go.dev/dl/) and put \`go\` and \`gofmt\` on the PATH; the minimum is the \`go\` line of ${goModuleFolder}/go.mod`,
  module: (pkg: string) =>
    `this block imports a module that ${goModuleFolder}/go.mod does not pin: run \`cd ${goModuleFolder} && go get <module>@<version>\` for the module of ${pkg} (the version you checked), add a blank import of it to ${goModuleFolder}/pins.go, then \`go mod tidy\``,
};

const visible = (s: string) => JSON.stringify(s);

type GoKind = 'gofmt' | 'go-vet' | 'go-module' | 'go-fragment' | 'go-tools';

/** Bump when the wrapping or the checks change, so cached passes are re-checked. */
const ruleVersion = 2;

/** The language version a page asks for: a guide's `goVersion` (a translation follows its original). */
function pageGoVersion(ctx: CheckContext, file: CheckedFile): string | undefined {
  const entry = file.locale === 'en' ? file : ctx.byKey.get(keyOf(file.collection, file.id));
  return file.collection === 'guides' ? (entry?.valid as { goVersion?: string } | undefined)?.goVersion : undefined;
}

/** A package that cannot be loaded (a missing package in a pinned module, a bad import path) stops go vet for all blocks. */
const loadError = /cannot find module|no required module|is not in std|does not contain package|malformed import path|import lookup disabled|cannot find package/;

/**
 * Runs go vet; when a block cannot even be loaded, reports it and vets the others again without it (a few
 * rounds at most: each round removes at least one block).
 */
async function vetUntilLoaded(tmp: string, vettable: readonly (readonly [number, Item])[], mod: GoModule): Promise<VetResult> {
  let rest = vettable;
  const found: VetResult = { missing: false, problems: [], failures: [] };
  for (let round = 0; round < 4; round++) {
    const run = await goVetAll(path.join(tmp, `round-${round}`), vetGroups(rest, mod));
    const broken = new Set(run.problems.filter((p) => loadError.test(p.message)).map((p) => p.index));
    found.missing ||= run.missing;
    if (!broken.size || round === 3) return { missing: found.missing, problems: [...found.problems, ...run.problems], failures: run.failures };
    found.problems.push(...run.problems.filter((p) => broken.has(p.index)));
    rest = rest.filter(([i]) => !broken.has(i));
  }
  return found;
}

/** 1-based line in the fence of the import of `pkg`. */
function importLine(block: GoBlock, pkg: string): number {
  const i = block.lines.findIndex((l) => l.includes(`"${pkg}"`));
  return block.origin[Math.max(i, 0)] ?? 1;
}

/** Where blocks are vetted: the examples module (with a per-file `//go:build` line below its own version), or a bare module for pre-1.21 standard-library code. */
function vetGroups(items: readonly (readonly [number, Item])[], mod: GoModule): VetGroup[] {
  const groups = new Map<string, VetGroup>();
  for (const [i, item] of items) {
    const bare = compareVersions(item.goVersion, '1.21') < 0;
    const name = bare ? `vet-go${item.goVersion}` : 'vet';
    let group = groups.get(name);
    if (!group) {
      group = bare
        ? { name, goMod: `module atlascheck\n\ngo ${item.goVersion}\n`, goSum: '', files: new Map() }
        : { name, goMod: mod.goMod, goSum: mod.goSum, files: new Map() };
      groups.set(name, group);
    }
    const header = !bare && item.goVersion !== mod.goVersion ? `//go:build go${item.goVersion}\n\n` : '';
    item.header = header ? 2 : 0;
    group.files.set(i, header + wrapGo(item.block, 'file').text);
  }
  return [...groups.values()];
}

/** Every ```go block is gofmt-clean; one with a package clause also passes go vet, so Atlas's Go compiles. */
export const goCode = defineRule({
  name: 'go-code',
  runs: 'tools',
  kinds: {
    gofmt: { severity: 'error', description: '```go blocks parse and are gofmt-clean' },
    'go-vet': { severity: 'error', description: 'a complete ```go block (package clause) compiles and passes go vet, at its page\'s Go language version, against the modules pinned in go/go.mod' },
    'go-module': { severity: 'error', description: 'every third-party import of a ```go block is in a module pinned by go/go.mod' },
    'go-fragment': { severity: 'error', description: 'a ```go block without a package clause is marked `fragment`' },
    'go-tools': { severity: 'error', description: 'a Go toolchain at least the `go` line of go/go.mod is on the PATH (a warning in local builds, which then skip the Go checks)' },
  },
  async check(ctx) {
    const mod = readGoModule(ctx.repoRoot);
    const all: Item[] = ctx.files.flatMap((file) =>
      (file.scan?.fences ?? [])
        .filter((f) => f.lang === 'go')
        .map((fence) => {
          const block = goBlock(fence);
          const wraps = wrapsFor(block);
          const goVersion = checkedLanguageVersion(block, pageGoVersion(ctx, file), mod.goVersion);
          return { file, key: JSON.stringify([fence.meta, fence.value, goVersion]), fenceLine: fence.line, block, wraps, wrap: wraps[0]!, goVersion, header: 0 };
        }),
    );
    if (!all.length) return [];
    const toolchain = await goToolchain();
    const tooOld = toolchain.version && compareVersions(toolchain.version, mod.goVersion) < 0;
    if (!toolchain.version || tooOld) {
      const found = toolchain.version ? `the Go on the PATH is go${toolchain.version}, older than` : 'there is no Go toolchain on the PATH; they need';
      return [
        {
          file: `${goModuleFolder}/go.mod`,
          line: mod.goLine,
          rule: 'go-tools',
          severity: ctx.requireTools ? 'error' : 'warning',
          message: `the ${all.length} Go blocks in content/ were not compiled, vetted or gofmt-checked: ${found} Go ${mod.goVersion} (the \`go\` line here)${ctx.requireTools ? '' : '; everything else was checked and the site is built without these checks'}`,
          fix: fixes.tools(mod.goVersion),
        },
      ];
    }
    const pins = createHash('sha256').update(mod.goMod).update(mod.goSum).digest('base64url').slice(0, 12);
    const passed = openPassCache(ctx.cacheDir, 'go', ctx.cacheDir ? `rule ${ruleVersion}, go${toolchain.version}, ${pins}` : '');
    const items = all.filter((item) => !passed.has(item.key));
    if (!items.length) {
      passed.save();
      return [];
    }
    const problems: RuleProblem<GoKind>[] = [];
    /** Items with a problem, or that a tool could not check: never recorded as passed. */
    const unproven = new Set<Item>();
    const report = (item: Item, blockLine: number, rule: GoKind, message: string, fix: string) => {
      unproven.add(item);
      problems.push({ file: item.file.file, line: item.fenceLine + blockLine, rule, message, fix });
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
          return [
            {
              file: `${goModuleFolder}/go.mod`,
              line: mod.goLine,
              rule: 'go-tools',
              severity: ctx.requireTools ? 'error' : 'warning',
              message: `the ${all.length} Go blocks in content/ were not checked: \`go\` is on the PATH but \`gofmt\` is not`,
              fix: fixes.tools(mod.goVersion),
            },
          ];
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

      // go vet: whole files that parse, each at its language version, against the pinned modules. An import
      // that no pinned module provides is named here, before vet: it would stop `go vet ./...` for every block.
      const complete = items.map((item, i) => [i, item] as const).filter(([, it]) => it.block.complete && !it.block.fragment && !it.parseError);
      const vettable = complete.filter(([, item]) => {
        const unpinned = item.block.imports.find((p) => !isStandardImport(p) && !moduleOf(p, mod.requires));
        if (unpinned) report(item, importLine(item.block, unpinned), 'go-module', `${unpinned} is not in a module pinned by ${goModuleFolder}/go.mod`, fixes.module(unpinned));
        return !unpinned;
      });
      const vet = await vetUntilLoaded(tmp, vettable, mod);
      for (const p of vet.problems) {
        const item = items[p.index]!;
        const needs = /requires go(\d+\.\d+)/.exec(p.message)?.[1];
        const fix = needs ? fixes.version(item.goVersion, needs) : fixes.vet;
        report(item, fenceLineOf(item.block, p.line, 'file', item.header), 'go-vet', `go vet (language version ${item.goVersion}): ${p.message}`, fix);
      }
      for (const { group, message } of vet.failures) {
        const [first] = [...group.files.keys()].map((i) => items[i]!);
        if (first) report(first, 1, 'go-vet', `go vet failed: ${message.split('\n').slice(0, 3).join(' ')}`, fixes.vet);
      }
      if (vet.failures.length || vet.missing) for (const [, item] of vettable) unproven.add(item);
      for (const item of items) if (!unproven.has(item)) passed.add(item.key);
      passed.save();
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    return problems;
  },
});
