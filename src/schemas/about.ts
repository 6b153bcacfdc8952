import { z } from 'astro/zod';
import { isoDate, summary, title, corrections } from './common';
import type { ReferenceFactory } from './refs';

/**
 * A page about Atlas itself (`content/about/<id>.md`): how it works, what the ledger is, how to report an
 * error. Written and reviewed like any entry, with sources where it states facts about the world.
 */
export const aboutSchema = (reference: ReferenceFactory) =>
  z.strictObject({
    /** Headline of the page. */
    title,
    /** One sentence on what the page explains. */
    summary,
    /** Date the page was written or last revised. */
    updated: isoDate,
    /** Corrections to the published page: date and what changed. */
    corrections,
    /** Sources for the facts on the page, when it states any. */
    sources: z.array(reference('sources')).default([]),
  });

export type AboutData = z.output<ReturnType<typeof aboutSchema>>;
