/**
 * YAML with line numbers, for frontmatter and data files. A syntax error, a duplicate key, an alias bomb
 * or absurd nesting becomes one error with its line, never a crash or a silently different value.
 */
import { LineCounter, isMap, isScalar, parseDocument, type Document } from 'yaml';

export interface ParsedYaml {
  data: unknown;
  /** Line of a field path, e.g. ['figures', 0, 'source']; falls back to the nearest parent. */
  lineOf(fieldPath: readonly PropertyKey[]): number;
  syntaxError?: { message: string; line: number };
}

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

/** Parses `text`, whose first line is line `firstLine` of its file. */
export function parseYamlAt(text: string, firstLine: number): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineOf = locator(doc, counter, firstLine);
  const at = (pos: number) => counter.linePos(pos).line + firstLine - 1;
  const err = doc.errors[0];
  if (err) return { data: undefined, lineOf, syntaxError: { message: err.message.split('\n')[0]!, line: at(err.pos[0]) } };
  const tag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (tag) return { data: undefined, lineOf, syntaxError: { message: `${tag.message.split('\n')[0]!} (content YAML takes plain values, no !tags)`, line: at(tag.pos[0]) } };
  try {
    return { data: doc.toJS({ maxAliasCount }), lineOf };
  } catch (e) {
    const message =
      e instanceof RangeError
        ? 'the YAML is nested too deeply to read'
        : /alias/i.test(String((e as Error).message))
          ? `the YAML expands too many aliases (more than ${maxAliasCount}); write the values out instead of repeating anchors`
          : String((e as Error).message).split('\n')[0]!;
    return { data: undefined, lineOf, syntaxError: { message, line: firstLine } };
  }
}
