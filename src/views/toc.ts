/** Table of contents: the h2 and h3 headings of the body, nested one level. */
export interface TocItem {
  depth: 2 | 3;
  slug: string;
  text: string;
}

export function tableOfContents(headings: { depth: number; slug: string; text: string }[]): TocItem[] {
  return headings
    .filter((h): h is TocItem => h.depth === 2 || h.depth === 3)
    .map(({ depth, slug, text }) => ({ depth, slug, text }));
}
