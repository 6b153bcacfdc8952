/**
 * Shapes Pagefind's answers into what the search interface shows. Pure functions, shared by the browser
 * script and the relevance tests, so the tests rank exactly as readers see it.
 */

/** A result as the interface needs it (a subset of Pagefind's `data()`). */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}

/** Results shown at once (and fetched at once: each needs its fragment file); "Show more" adds the next batch. */
export const resultBatch = 10;

/** Case, width and punctuation folded away: "Tuning GOGC and GOMEMLIMIT" ≈ "tuning gogc and gomemlimit". */
export const normaliseTitle = (s: string) =>
  s.normalize('NFKC').toLocaleLowerCase().replace(/[\s\p{P}]+/gu, '');

/**
 * Puts results whose title equals the query first, keeping Pagefind's order otherwise. Applied to each
 * batch of `resultBatch` results, the ones whose data is loaded anyway. Pagefind scores
 * words, not titles: "Tern" ranks "Tern at Northwind Labs" (which says Tern eight times) above the page
 * titled "Tern". Readers typing a name expect that page first.
 */
export function promoteExactTitles<T>(query: string, results: T[], titleOf: (r: T) => string | undefined): T[] {
  const q = normaliseTitle(query);
  if (!q) return results;
  const exact = results.filter((r) => normaliseTitle(titleOf(r) ?? '') === q);
  return exact.length ? [...exact, ...results.filter((r) => !exact.includes(r))] : results;
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Pagefind's excerpt HTML (escaped text with `<mark>`) as text runs, so the browser builds it with text
 * nodes rather than `innerHTML`. Adjacent marks merge: Chinese excerpts come as `<mark>零</mark><mark>拷贝</mark>`.
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  // An excerpt window can open on the punctuation that ended the sentence before: start at the word.
  const start = html.replace(/^[\s,.;:!?)\]}。，；：！？）」』]+/u, '');
  const merged = start.replace(/<\/mark>(\s*)<mark>/g, '$1');
  for (const [i, chunk] of merged.split(/<\/?mark>/).entries()) {
    const text = chunk.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => entities[e]!);
    if (text) parts.push({ text, mark: i % 2 === 1 });
  }
  return parts;
}

/** Sections of a result worth listing: those with their own anchor, at most `limit`. */
export function sectionLinks(result: ResultData, limit = 3): { url: string; title: string }[] {
  return (result.sub_results ?? [])
    .filter((s) => s.url !== result.url && s.url.includes('#'))
    .slice(0, limit)
    .map(({ url, title }) => ({ url, title }));
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

/**
 * The options of one facet: values with results (plus selected ones, even at zero), most results first,
 * cut to `limit` while keeping every selected value.
 */
export function facetOptions(
  counts: Record<string, number>,
  selected: string[],
  label: (value: string) => string,
  limit = 8,
): FacetOption[] {
  const values = Object.keys(counts).filter((v) => (counts[v] ?? 0) > 0 || selected.includes(v));
  for (const v of selected) if (!values.includes(v)) values.push(v);
  const options = values
    .map((value) => ({ value, label: label(value), count: counts[value] ?? 0, selected: selected.includes(value) }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const shown = options.slice(0, limit);
  return [...shown, ...options.slice(limit).filter((o) => o.selected)];
}

/** Fills `{name}` placeholders of an interface string. */
export const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (all, name: string) => (name in vars ? String(vars[name]) : all));
