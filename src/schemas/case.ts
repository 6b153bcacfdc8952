import { z } from 'astro/zod';
import { isoDate, partialDate, summary, title, corrections } from './common';
import { figureSchema } from './figure';
import type { ReferenceFactory } from './refs';

/** A production case study (`content/cases/<id>.mdx`): who ran what, when, and what was measured. */
export const caseSchema = (reference: ReferenceFactory) =>
  z
    .strictObject({
      /** Headline of the case. */
      title,
      /** One sentence: who, what, result. */
      summary,
      /** Organisations the case is about. */
      orgs: z.array(reference('orgs')).min(1, 'name the organisation(s) the case is about'),
      /** Projects the case is about. */
      projects: z.array(reference('projects')).min(1, 'name the project(s) the case is about'),
      /** Period the case covers. */
      period: z.strictObject({
        /** First year or month covered: YYYY or YYYY-MM. */
        from: partialDate,
        /** Last year or month covered; leave out for "ongoing". */
        to: partialDate.optional(),
      }),
      /** Measured numbers, each with unit, context and source. */
      figures: z.array(figureSchema(reference)).default([]),
      /** Date the case was written or last revised. */
      updated: isoDate,
      /** Tags from content/tags.yaml. */
      tags: z.array(reference('tags')).default([]),
      /** Corrections to the published page: date and what changed. */
      corrections,
      /** Sources for the facts in the case. */
      sources: z.array(reference('sources')).min(1, 'a case study cites at least one source'),
    })
    .refine((c) => !c.period.to || c.period.to >= c.period.from, {
      path: ['period', 'to'],
      message: 'the period ends before it starts\nfix: make `period.to` the same as or later than `period.from`',
    });

export type CaseData = z.output<ReturnType<typeof caseSchema>>;
