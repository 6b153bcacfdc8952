/**
 * The content model: one schema per concern. `content.config.ts` wires them into Astro collections;
 * `scripts/check-content.ts` runs the very same schemas without Astro.
 */
import { aboutSchema } from './about';
import { caseSchema } from './case';
import { claimSchema } from './claim';
import { guideSchema } from './guide';
import { orgSchema } from './org';
import { projectSchema } from './project';
import type { ReferenceFactory } from './refs';
import { sourceSchema } from './source';
import { tagSchema } from './tag';

/** Collections written as Markdown/MDX, each with one page per entry. */
export const entryCollections = ['projects', 'orgs', 'cases', 'guides', 'claims', 'about'] as const;
export type EntryCollection = (typeof entryCollections)[number];

/** Every collection, including the YAML ones. */
export const allCollections = [...entryCollections, 'sources', 'tags'] as const;
export type AtlasCollection = (typeof allCollections)[number];

/** Builds each collection's schema with the given reference factory. */
export function schemasFor(reference: ReferenceFactory) {
  return {
    projects: projectSchema(reference),
    orgs: orgSchema(reference),
    cases: caseSchema(reference),
    guides: guideSchema(reference),
    claims: claimSchema(reference),
    about: aboutSchema(reference),
    sources: sourceSchema,
    tags: tagSchema,
  };
}

export type { ReferenceFactory, Ref, RefCollection } from './refs';
