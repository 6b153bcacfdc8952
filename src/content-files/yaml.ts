/**
 * YAML with line numbers, for frontmatter and data files. A syntax error, a duplicate key, an alias bomb
 * or absurd nesting becomes one error with its line, never a crash or a silently different value.
 */
import { LineCounter, isMap, isScalar, parseDocument, type Document } from 'yaml';

export interface ParsedYaml {
  data: unknown;
  /** Line of a field path, e.g. ['figures', 0, 'source']; falls back to the nearest parent. */
  lineOf(fieldPath: readonly PropertyKey[]): number;
  /** What is wrong, where, and how to fix it. */
  syntaxError?: { message: string; line: number; fix: string };
}

const fixes: Record<string, string> = {
  DUPLICATE_KEY: 'each field appears once: remove or merge the repeated key',
  MISSING_CHAR: 'close the quote that opens on this line (a value with ": " or # inside needs quotes at both ends)',
  BLOCK_AS_IMPLICIT_KEY: 'quote the value: a colon followed by a space starts a new key (e.g. description: "Tools: linters")',
  default: 'fix the YAML syntax: quote values that contain ": " or start with [, {, @, *, & or #',
};

/** More aliases than this is a "billion laughs" document, not content. */
const maxAliasCount = 50;

function locator(doc: Document, counter: LineCounter, firstLine: number) {
  return (fieldPath: readonly PropertyKey[]) => {
    for (let n = fieldPath.length; n >= 0; n--) {
      const node = doc.getIn(fieldPath.slice(0, n) as unknown[], true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range && (isScalar(node) || isMap(node) || n > 0)) return counter.linePos(range[0]).line + firstLine - 1;
      if (n === 0) break;
    }
    return firstLine;
  };
}

/**
 * Where a YAML error is: the parser names the end of the document for an unclosed quote; the author needs
 * the line where the quote opened (the first line with an odd number of unescaped double quotes).
 */
function errorLine(text: string, code: string, reported: number, firstLine: number): number {
  if (code !== 'MISSING_CHAR') return reported;
  const i = text.split('\n').findIndex((l) => (l.replace(/\\"/g, '').match(/"/g)?.length ?? 0) % 2 === 1);
  return i >= 0 ? firstLine + i : reported;
}

/** Parses `text`, whose first line is line `firstLine` of its file. */
export function parseYamlAt(text: string, firstLine: number): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineOf = locator(doc, counter, firstLine);
  const at = (pos: number) => counter.linePos(pos).line + firstLine - 1;
  const err = doc.errors[0];
  if (err) {
    const message = err.message.split('\n')[0]!;
    const fix = /compact mappings|Nested mappings/.test(message) ? fixes.BLOCK_AS_IMPLICIT_KEY! : (fixes[err.code] ?? fixes.default!);
    return { data: undefined, lineOf, syntaxError: { message, line: errorLine(text, err.code, at(err.pos[0]), firstLine), fix } };
  }
  const tag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (tag) {
    return { data: undefined, lineOf, syntaxError: { message: `${tag.message.split('\n')[0]!} (content YAML takes plain values, no !tags)`, line: at(tag.pos[0]), fix: 'remove the !tag and write the value as plain text, a number, a list or a map' } };
  }
  try {
    return { data: doc.toJS({ maxAliasCount }), lineOf };
  } catch (e) {
    const deep = e instanceof RangeError;
    const aliases = /alias/i.test(String((e as Error).message));
    const message = deep
      ? 'the YAML is nested too deeply to read'
      : aliases
        ? `the YAML expands too many aliases (more than ${maxAliasCount})`
        : String((e as Error).message).split('\n')[0]!;
    const fix = deep ? 'flatten the structure: content fields are at most a few levels deep' : aliases ? 'write the values out instead of repeating &anchors and *aliases' : fixes.default!;
    return { data: undefined, lineOf, syntaxError: { message, line: firstLine, fix } };
  }
}
