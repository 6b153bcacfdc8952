import { z } from 'astro/zod';
import { assessments, claimMedia, contentLanguages, verdicts } from '../vocab';
import { httpUrl, isoDate, partialDate, title, corrections } from './common';
import { figureSchema } from './figure';
import type { ReferenceFactory } from './refs';

/** Where and how a statement circulated. Never a link Atlas cannot show a reader. */
export const circulationSchema = z.strictObject({
  /** Language the statement circulated in. */
  language: z.enum(contentLanguages),
  /** What kind of text carried it: blog-post, forum-post, social-post, talk, news-article, documentation. */
  medium: z.enum(claimMedia),
  /** When it was seen circulating (YYYY, YYYY-MM or YYYY-MM-DD); leave out when the texts are undated. */
  date: partialDate.optional(),
  /** A public copy of the text, only when one exists. Atlas's seed posts have none: leave it out. */
  url: httpUrl('circulated.url').optional(),
});

/**
 * One line of the fact-check ledger (`content/claims/<id>.md`): a statement as it circulates,
 * the verdict, and what is true instead. Lists, links, previews and cards show `headline`, which leads
 * with what is true; the statement itself appears only beneath it, marked as the claim.
 */
export const claimSchema = (reference: ReferenceFactory) =>
  z
    .strictObject({
      /**
       * The truth first, in a few words. Contradicted: what is true, e.g. "GOGC=off dates from Go 1.1, not 1.22".
       * Confirmed: the confirmed fact. Unverified: what has no public source, e.g. "Douyin's sync.Pool GC figures"
       * (shown after "No public source for:").
       */
      headline: title,
      /** The statement as it circulated, paraphrased in English. A Chinese page carries the Chinese paraphrase. */
      statement: z.string().min(10),
      /** Where, when and in what kind of text the statement circulated. */
      circulated: circulationSchema,
      /** confirmed, contradicted or unverified. */
      verdict: z.enum(verdicts),
      /** What is true instead. Required when the verdict is contradicted. */
      correction: z.string().min(10).optional(),
      /** Unverified only: where Atlas looked and what it searched for, so a reader can repeat the search. */
      searched: z.string().min(20).optional(),
      /** Unverified only: plausible (could be true; nothing public), implausible (at odds with what is known) or invented (names or numbers with no trace anywhere). */
      assessment: z.enum(assessments).optional(),
      /** Projects the claim is about. */
      projects: z.array(reference('projects')).default([]),
      /** Organisations the claim is about. */
      orgs: z.array(reference('orgs')).default([]),
      /** Figures the evidence rests on, e.g. the same count published by two sources at different dates. */
      figures: z.array(figureSchema(reference)).default([]),
      /** Evidence for the verdict. Required unless the verdict is unverified. */
      sources: z.array(reference('sources')).default([]),
      /** Corrections to the published page: date and what changed. */
      corrections,
      /** When the verdict was last checked. */
      checked: isoDate,
      /** Id in the seed ledger (shared/reference/claims.json), e.g. S0-12, when the claim came from there. */
      ledgerId: z.string().regex(/^S\d-\d{2}$/, 'ledger ids look like S0-12').optional(),
    })
    .refine((c) => c.verdict !== 'contradicted' || c.correction, {
      path: ['verdict'],
      message: 'the verdict is contradicted but there is no correction\nfix: add `correction:` saying what is true instead, and cite the evidence in `sources:`',
    })
    .refine((c) => c.verdict === 'unverified' || c.sources.length > 0, {
      path: ['verdict'],
      message: 'a confirmed or contradicted verdict needs evidence, and `sources:` is empty\nfix: add `sources: [<source-id>]`; if no public source exists, the verdict is unverified',
    })
    .refine((c) => c.verdict !== 'unverified' || (c.searched && c.assessment), {
      path: ['verdict'],
      message:
        'an unverified claim must say where Atlas looked and how the claim looks\nfix: add `searched:` (where you looked and for what) and `assessment:` (plausible, implausible or invented)',
    })
    .refine((c) => c.verdict === 'unverified' || (!c.searched && !c.assessment), {
      path: ['verdict'],
      message: '`searched:` and `assessment:` describe an unverified claim, but this one has a verdict backed by sources\nfix: remove `searched:` and `assessment:`',
    })
    .refine((c) => c.projects.length + c.orgs.length > 0, {
      path: ['projects'],
      message: 'the claim is about nothing\nfix: list at least one entry under `projects:` or `orgs:`',
    })
    // Every list and link shows a title: for a fact check it is the headline, never the statement.
    .transform((c) => ({ ...c, title: c.headline }));

export type ClaimData = z.output<ReturnType<typeof claimSchema>>;
