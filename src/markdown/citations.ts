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

/** Anchor id of the k-th citation (1-based) of a source on a page: a source's page links each citing sentence. */
export const citationAnchor = (sourceId: string, k: number) => `cite-${sourceId}-${k}`;

/** Counts citations of each source in document order, as both the renderer and the scanner walk a body. */
export class CitationOccurrences {
  readonly #seen = new Map<string, number>();
  next(id: string): number {
    const k = (this.#seen.get(id) ?? 0) + 1;
    this.#seen.set(id, k);
    return k;
  }
}

/** Sentence ends in English and Chinese prose. */
const sentenceEnd = /(?<=[.!?])\s+(?=[A-Z0-9"“(\[])|(?<=[。！？])/u;

/**
 * The sentence of `text` that holds the citation marker starting at `index`, markers removed: what a
 * source's page quotes as "cited by". Long sentences are cut at a word.
 */
export function sentenceAround(text: string, index: number, max = 220): string {
  let start = 0;
  for (const piece of text.split(sentenceEnd)) {
    const end = start + piece.length;
    if (index < end || end >= text.length) {
      const sentence = piece.replace(citationPattern, '').replace(/\s+([.,;:!?。，；：])/g, '$1').replace(/\s+/g, ' ').trim();
      if (sentence.length <= max) return sentence;
      const cut = sentence.slice(0, max);
      return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 40))}…`;
    }
    start = end + (text.slice(end).match(/^\s*/)?.[0].length ?? 0);
  }
  return '';
}
