import { z } from 'astro/zod';
import { title } from './common';

/**
 * The original's figure wording in this language: each distinct `subject`, `metric` and `context` of the
 * original's figures, exactly as written there, mapped to its translation. Figure tables and chart captions
 * on the translated page use it, so no English is left on them. Required, complete, once the original has
 * figures (rule `figure-text`); the numbers, units, dates and sources still come from the original.
 */
const figureText = z.record(z.string().min(1), z.string().min(1)).optional();

/**
 * A translation of an entry, written as a sibling file: `kitex.zh.md` next to `kitex.md`.
 * It translates the text (title, summary, body, the figures' wording); every other field comes from the original,
 * so facts and sources are never copied twice.
 */
export const entryTranslationSchema = z.strictObject({
  /** Translated title. */
  title,
  /** Translated one-sentence summary (Chinese sentences are shorter in characters than English ones). */
  summary: z.string().min(8, 'a summary is one full sentence').max(200),
  figureText,
});

/** A fact check's translation: its headline, the statement as readers of this language met it, and the correction. */
export const claimTranslationSchema = z
  .strictObject({
    /** The truth-first headline, translated. */
    headline: title,
    /** The statement as it circulated in this language (for a claim that circulated in Chinese: the Chinese paraphrase). */
    statement: z.string().min(5),
    /** The correction, translated (when the original has one). */
    correction: z.string().min(5).optional(),
    /** Where Atlas looked and what it found, translated (when the original, an unverified claim, has it). */
    searched: z.string().min(10).optional(),
    figureText,
  })
  .transform((c) => ({ ...c, title: c.headline, summary: undefined as string | undefined }));

/** The schema a translation in `collection` must match (the checker picks it by folder). */
export const translationSchemaFor = (collection: string) => (collection === 'claims' ? claimTranslationSchema : entryTranslationSchema);

/** Any translation: Astro loads them all in one collection. */
export const translationSchema = z.union([claimTranslationSchema, entryTranslationSchema]);

export type TranslationData = z.output<typeof translationSchema>;
