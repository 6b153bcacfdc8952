/**
 * The words after a fence's language: ```` ```go title="main.go" {3-5} ins={7} fragment ````.
 * One parser for the renderer (titles, highlighted and diff lines), the Go gate (`fragment`) and the
 * fence checker (unknown words), so they can never read the same fence differently.
 */

export interface FenceMeta {
  /** `title="main.go"`: shown above the block (code) or as the caption (diagrams). */
  title?: string;
  /** `{1,3-5}`: lines to highlight, 1-based. */
  highlight: number[];
  /** `ins={4}`: lines shown as added. */
  inserted: number[];
  /** `del={5}`: lines shown as removed (left out when the block is copied or checked). */
  deleted: number[];
  /** `fragment`: a deliberately partial Go block, checked after wrapping. */
  fragment: boolean;
  /** Words this parser does not know, e.g. a misspelt `fragmnet`. The fence checker reports them. */
  unknown: string[];
}

/** The flags and keys a fence may carry; anything else is reported by the `code-fence` rule. */
export const fenceMetaWords = ['title="…"', '{1,3-5}', 'ins={…}', 'del={…}', 'fragment'] as const;

const token = /([\w-]+)=(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}|(\S+))|\{([^}]*)\}|(\S+)/g;

/** `1,3-5` → [1, 3, 4, 5]; undefined when the text is not a line list. */
export function parseLineRanges(text: string): number[] | undefined {
  const lines: number[] = [];
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!m) return undefined;
    const from = Number(m[1]);
    const to = Number(m[2] ?? m[1]);
    if (from < 1 || to < from) return undefined;
    for (let n = from; n <= to; n++) lines.push(n);
  }
  return lines;
}

export function parseFenceMeta(meta: string | null | undefined): FenceMeta {
  const result: FenceMeta = { highlight: [], inserted: [], deleted: [], fragment: false, unknown: [] };
  for (const m of (meta ?? '').matchAll(token)) {
    const [whole, key, dq, sq, braces, bare, ranges, word] = m;
    if (ranges !== undefined) {
      const lines = parseLineRanges(ranges);
      if (lines) result.highlight.push(...lines);
      else result.unknown.push(whole);
    } else if (key === 'title' && braces === undefined) {
      result.title = dq ?? sq ?? bare;
    } else if ((key === 'ins' || key === 'del') && braces !== undefined) {
      const lines = parseLineRanges(braces);
      if (lines) result[key === 'ins' ? 'inserted' : 'deleted'].push(...lines);
      else result.unknown.push(whole);
    } else if (word === 'fragment') {
      result.fragment = true;
    } else {
      result.unknown.push(whole);
    }
  }
  return result;
}
