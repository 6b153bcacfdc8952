import { z } from 'astro/zod';
import { contentLanguages, verdicts } from '../vocab';
import { isoDate, title } from './common';
import type { ReferenceFactory } from './refs';

/**
 * One line of the fact-check ledger (`content/claims/<id>.md`): a statement as it circulates,
 * the verdict, and what is true instead.
 */
export const claimSchema = (reference: ReferenceFactory) =>
  z
    .strictObject({
      /** Short headline for lists, e.g. "Kitex's default protocol is gRPC". */
      title,
      /** The statement as it circulated, quoted or closely paraphrased. */
      statement: z.string().min(10),
      /** Language the statement circulated in. */
      statementLanguage: z.enum(contentLanguages),
      /** confirmed, contradicted or unverified. */
      verdict: z.enum(verdicts),
      /** What is true instead. Required when the verdict is contradicted. */
      correction: z.string().min(10).optional(),
      /** Projects the claim is about. */
      projects: z.array(reference('projects')).default([]),
      /** Organisations the claim is about. */
      orgs: z.array(reference('orgs')).default([]),
      /** Evidence for the verdict. Required unless the verdict is unverified. */
      sources: z.array(reference('sources')).default([]),
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
    .refine((c) => c.projects.length + c.orgs.length > 0, {
      path: ['projects'],
      message: 'the claim is about nothing\nfix: list at least one entry under `projects:` or `orgs:`',
    });

export type ClaimData = z.output<ReturnType<typeof claimSchema>>;
