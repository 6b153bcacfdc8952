import { z } from 'astro/zod';
import { levels } from '../vocab';
import { isoDate, summary, title, corrections } from './common';
import { figureSchema } from './figure';
import type { ReferenceFactory } from './refs';

/** A technique explainer (`content/guides/<id>.md`): GC tuning, goroutine pools, netpoll… */
export const guideSchema = (reference: ReferenceFactory) =>
  z.strictObject({
    /** Headline of the guide. */
    title,
    /** One sentence on what the reader will be able to do. */
    summary,
    /** Who it is written for. */
    level: z.enum(levels),
    /** Oldest Go release the advice applies to, e.g. "1.19"; the guide's complete Go blocks are compiled at this language version. */
    goVersion: z.string().regex(/^1\.\d{1,2}$/, 'write the minimum Go version as 1.N, e.g. 1.19'),
    /** Projects the guide discusses. */
    projects: z.array(reference('projects')).default([]),
    /** Date the guide was written or last revised. */
    updated: isoDate,
    /** Tags from content/tags.yaml. */
    tags: z.array(reference('tags')).default([]),
    /** Numbers the guide compares (pause targets by release, benchmark results), each with unit, context and source. */
    figures: z.array(figureSchema(reference)).default([]),
    /** Corrections to the published page: date and what changed. */
    corrections,
    /** Sources for the facts in the guide. */
    sources: z.array(reference('sources')).min(1, 'a guide cites at least one source'),
  });

export type GuideData = z.output<ReturnType<typeof guideSchema>>;
