/**
 * Where a corpus's prose comes from, one interface for both sources:
 * - `filler` (text.ts): sentences built from a small vocabulary, without numbers; the bytes depend on
 *   nothing but the size and the seed. What the build benchmark uses.
 * - `resampled` (resampled.ts): sentences drawn from the real content, so the words and how often they
 *   occur look like the site's. What a search index at scale needs; the bytes then depend on content/ too.
 * The structure around the prose (frontmatter, links, citations, code) comes from the layout (layouts.ts).
 */
import type { Rng } from './random';
import { resampled } from './resampled';
import { paragraph, sentence, zhParagraph } from './text';

export interface Prose {
  /** One English sentence. */
  sentence(r: Rng): string;
  /** An English paragraph of about `count` filler sentences' worth of words (~11 words each). */
  paragraph(r: Rng, count: number): string;
  /** A Chinese paragraph of about `count` filler clauses' worth of text (~14 characters each), ending in 。 */
  zhParagraph(r: Rng, count: number): string;
}

export type ProseKind = 'filler' | 'resampled';

export const filler: Prose = { sentence, paragraph, zhParagraph };

export const proseFor = (kind: ProseKind): Prose => (kind === 'filler' ? filler : resampled());
