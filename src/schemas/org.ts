import { z } from 'astro/zod';
import { countries, orgKinds } from '../vocab';
import { httpUrl, summary, title, corrections } from './common';
import type { ReferenceFactory } from './refs';

/** A company, foundation or community (`content/orgs/<id>.md`). */
export const orgSchema = (reference: ReferenceFactory) =>
  z.strictObject({
    /** Display name, e.g. "ByteDance". */
    title,
    /** One sentence on the organisation and its part in the Go ecosystem. */
    summary,
    /** Official website. */
    website: httpUrl('website'),
    /** Headquarters country (ISO 3166-1 alpha-2), or INT for international bodies. */
    country: z.enum(countries),
    /** Company, foundation, community or university. */
    kind: z.enum(orgKinds),
    /** Tags from content/tags.yaml. */
    tags: z.array(reference('tags')).default([]),
    /** Corrections to the published page: date and what changed. */
    corrections,
    /** Sources for the facts on the page. */
    sources: z.array(reference('sources')).min(1, 'cite at least one source for an organisation'),
  });

export type OrgData = z.output<ReturnType<typeof orgSchema>>;
