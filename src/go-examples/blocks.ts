/**
 * Prepares ```go blocks for gofmt and go vet: the code as a reader copies it (lines marked removed and
 * `// [!code …]` notation comments taken out), wrapped when it is a fragment, with a map from the lines
 * of the generated file back to the lines of the content file.
 */
import { parseFenceMeta } from '../markdown/fence-meta';
import type { ScannedFence } from '../markdown/scan';

/** How a block is turned into a Go file: as is, as top-level declarations, or as statements in a function. */
export type GoWrap = 'file' | 'decls' | 'stmts';

export interface GoBlock {
  /** Lines of the checked code, without removed lines and notation comments. */
  lines: string[];
  /** `origin[i]`: the 1-based line in the fence of `lines[i]`. */
  origin: number[];
  /** Marked `fragment` in the fence meta. */
  fragment: boolean;
  /** Has a `package` clause. */
  complete: boolean;
  /** Import paths, for deciding whether go vet can check it offline. */
  imports: string[];
}

const notation = /\s*(?:\/\/|\/\*)\s*\[!code [^\]]*\](?:\s*\*\/)?/g;

export function goBlock(fence: Pick<ScannedFence, 'value' | 'meta'>): GoBlock {
  const meta = parseFenceMeta(fence.meta);
  const lines: string[] = [];
  const origin: number[] = [];
  fence.value.split('\n').forEach((line, i) => {
    if (meta.deleted.includes(i + 1) || /\[!code --\]/.test(line)) return;
    lines.push(line.replace(notation, ''));
    origin.push(i + 1);
  });
  const code = lines.filter((l) => l.trim() && !l.trim().startsWith('//'));
  const complete = /^package\s+\w+/.test(code[0] ?? '');
  return { lines, origin, fragment: meta.fragment, complete, imports: complete ? importsOf(lines) : [] };
}

function importsOf(lines: string[]): string[] {
  const found: string[] = [];
  let inBlock = false;
  for (const line of lines) {
    const t = line.trim();
    if (inBlock) {
      if (t.startsWith(')')) inBlock = false;
      else if (/"([^"]+)"/.test(t)) found.push(/"([^"]+)"/.exec(t)![1]!);
      continue;
    }
    if (/^import\s*\($/.test(t)) inBlock = true;
    else if (/^import\s+(?:[\w.]+\s+)?"([^"]+)"/.test(t)) found.push(/"([^"]+)"/.exec(t)![1]!);
    else if (/^(func|type|var|const)\b/.test(t)) break;
  }
  return found;
}

/** Standard-library imports have no dot in their first path element (`net/http`, not `github.com/…`). */
export const isStandardImport = (p: string) => !p.split('/')[0]!.includes('.');

/**
 * The Go language version a block is compiled at: the page's own minimum (a guide's `goVersion`) when it
 * has one, else the examples module's. Files older than go1.21 cannot be set per file (Go raises a file's
 * version to 1.21 at least), so such blocks are checked in a module of their own when they import only
 * the standard library, and at 1.21 otherwise.
 */
export function checkedLanguageVersion(block: Pick<GoBlock, 'imports'>, pageVersion: string | undefined, moduleVersion: string): string {
  const wanted = pageVersion ?? moduleVersion;
  if (compareVersions(wanted, '1.21') >= 0 || block.imports.every(isStandardImport)) return wanted;
  return '1.21';
}

/** Numeric comparison of Go versions, part by part: "1.9" < "1.19" < "1.26.8". */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** The wraps to try, best guess first. A fragment that starts with a declaration keyword is tried as declarations. */
export function wrapsFor(block: GoBlock): GoWrap[] {
  if (block.complete) return ['file'];
  const first = block.lines.find((l) => l.trim() && !l.trim().startsWith('//'))?.trim() ?? '';
  return /^(type|import|const|var)\b|^func\s/.test(first) ? ['decls', 'stmts'] : ['stmts', 'decls'];
}

const prologue: Record<GoWrap, string[]> = {
  file: [],
  decls: ['package fragment', ''],
  stmts: ['package fragment', '', 'func _() {'],
};

/** The Go source for a wrap, and how many generated lines precede the block's first line. */
export function wrapGo(block: GoBlock, wrap: GoWrap): { text: string; offset: number } {
  const body = wrap === 'stmts' ? block.lines.map((l) => (l ? `\t${l}` : l)) : block.lines;
  const epilogue = wrap === 'stmts' ? ['}'] : [];
  return { text: [...prologue[wrap], ...body, ...epilogue].join('\n') + '\n', offset: prologue[wrap].length };
}

/** The gofmt output of a wrapped block, back in the block's own terms (no wrapper, no added indent). */
export function unwrapGo(formatted: string, wrap: GoWrap): string[] {
  const lines = formatted.replace(/\n$/, '').split('\n').slice(prologue[wrap].length);
  if (wrap !== 'stmts') return lines;
  return lines.slice(0, -1).map((l) => l.replace(/^\t/, ''));
}

/** 1-based line in the fence for a line of the generated file (clamped to the block); `header` lines were put before the wrap. */
export function fenceLineOf(block: GoBlock, generatedLine: number, wrap: GoWrap, header = 0): number {
  const i = Math.min(Math.max(generatedLine - header - prologue[wrap].length, 1), block.origin.length) - 1;
  return block.origin[i] ?? 1;
}
