import { z } from 'astro/zod';
import { title } from './common';

/**
 * A translation of an entry, written as a sibling file: `kitex.zh.md` next to `kitex.md`.
 * It translates the text (title, summary, body); every other field comes from the original,
 * so facts and sources are never copied twice.
 */
export const translationSchema = z.strictObject({
  /** Translated title. */
  title,
  /** Translated one-sentence summary (Chinese sentences are shorter in characters than English ones). */
  summary: z.string().min(8, 'a summary is one full sentence').max(200),
  /** Fact checks only: the statement as circulated, translated. */
  statement: z.string().min(5).optional(),
  /** Fact checks only: the correction, translated (when the original has one). */
  correction: z.string().min(5).optional(),
});

export type TranslationData = z.output<typeof translationSchema>;
