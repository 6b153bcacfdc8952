/**
 * Citation syntax: `[@source-id]` at the point of the claim, e.g. `Kitex is built on Netpoll [@kitex-readme].`
 * Several sources: `[@a][@b]`. Ids are source file names in content/sources/.
 * Pure helpers shared by the Markdown plugin (which renders the markers) and the scanner (which records them).
 */

/** Matches one citation marker; group 1 is the source id. */
export const citationPattern = /\[@([a-z0-9]+(?:-[a-z0-9]+)*)\]/g;

export type CitationSegment = { text: string } | { cite: string };

/** Splits a text run into plain text and citation markers, in order. */
export function splitCitations(text: string): CitationSegment[] {
  const out: CitationSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(citationPattern)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push({ cite: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

/** Numbers sources by first citation: the first source cited is 1. */
export class CitationNumbers {
  readonly #numbers = new Map<string, number>();
  numberOf(id: string): number {
    let n = this.#numbers.get(id);
    if (n === undefined) {
      n = this.#numbers.size + 1;
      this.#numbers.set(id, n);
    }
    return n;
  }
  /** Source ids in citation order. */
  get order(): string[] {
    return [...this.#numbers.keys()];
  }
}

/** Anchor id of a source in a page's reference list. */
export const referenceAnchor = (sourceId: string) => `ref-${sourceId}`;
