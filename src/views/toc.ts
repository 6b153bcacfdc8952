/**
 * Table of contents: the h2 and h3 headings of the body, nested one level, then the sections the page
 * adds after the body (charts, figures, corrections, references…), in the order the page shows them.
 */
export interface TocItem {
  depth: 2 | 3;
  slug: string;
  text: string;
  /** Set when the heading's language is not the page's (an untranslated body on a Chinese page). */
  lang?: string;
}

/** A section the page renders after the body, when it is there. */
export interface TocSection {
  slug: string;
  text: string;
  present: boolean;
}

export function tableOfContents(
  headings: { depth: number; slug: string; text: string }[],
  headingLang?: string,
  after: TocSection[] = [],
): TocItem[] {
  return [
    ...headings
      .filter((h): h is TocItem => h.depth === 2 || h.depth === 3)
      .map(({ depth, slug, text }) => ({ depth, slug, text, ...(headingLang && { lang: headingLang }) })),
    ...after.filter((s) => s.present).map(({ slug, text }) => ({ depth: 2 as const, slug, text })),
  ];
}
