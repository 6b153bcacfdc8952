/**
 * The Go module behind the site's examples (`go/` at the repository root): its `go` line is the one place
 * the repository states the minimum Go version, and its `require` lines pin every third-party module a
 * complete Go block may import. Pure parsing, plus one read of the file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The folder of the examples module, relative to the repository root. */
export const goModuleFolder = 'go';

export interface GoModule {
  /** Absolute path of the folder. */
  dir: string;
  /** The `go` line as major.minor: "1.26". */
  goVersion: string;
  /** Every required module (direct and indirect) and its version. */
  requires: Map<string, string>;
  /** The go.mod and go.sum texts, copied into the folder where blocks are vetted. */
  goMod: string;
  goSum: string;
  /** Line of the `go` directive in go.mod (where a version problem points). */
  goLine: number;
}

/** "1.26.0" → "1.26"; "1.26" → "1.26". */
export const languageVersion = (v: string) => v.split('.').slice(0, 2).join('.');

/** Parses go.mod text: the `go` line and the require lines (single and block form). */
export function parseGoMod(text: string): Pick<GoModule, 'goVersion' | 'requires' | 'goLine'> {
  const requires = new Map<string, string>();
  let goVersion = '';
  let goLine = 1;
  let inRequire = false;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\/\/.*$/, '').trim();
    const go = /^go\s+(\d+\.\d+(?:\.\d+)?)$/.exec(line);
    if (go) {
      goVersion = languageVersion(go[1]!);
      goLine = i + 1;
      return;
    }
    if (inRequire) {
      if (line === ')') inRequire = false;
      else {
        const m = /^(\S+)\s+(\S+)$/.exec(line);
        if (m) requires.set(m[1]!, m[2]!);
      }
      return;
    }
    if (/^require\s*\($/.test(line)) inRequire = true;
    else {
      const m = /^require\s+(\S+)\s+(\S+)$/.exec(line);
      if (m) requires.set(m[1]!, m[2]!);
    }
  });
  return { goVersion, requires, goLine };
}

/** Reads `go/go.mod` and `go/go.sum` under the repository root. */
export function readGoModule(repoRoot = process.cwd()): GoModule {
  const dir = path.resolve(repoRoot, goModuleFolder);
  const goMod = readFileSync(path.join(dir, 'go.mod'), 'utf8');
  let goSum = '';
  try {
    goSum = readFileSync(path.join(dir, 'go.sum'), 'utf8');
  } catch {
    /* a module without third-party requirements has no go.sum */
  }
  return { dir, goMod, goSum, ...parseGoMod(goMod) };
}

/** The pinned module an import path belongs to (longest matching module path), with its version. */
export function moduleOf(importPath: string, requires: Map<string, string>): { path: string; version: string } | undefined {
  let best: { path: string; version: string } | undefined;
  for (const [mod, version] of requires) {
    if ((importPath === mod || importPath.startsWith(`${mod}/`)) && (!best || mod.length > best.path.length)) best = { path: mod, version };
  }
  return best;
}
