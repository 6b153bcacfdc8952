import type { z } from 'astro/zod';

/** Collections an entry may reference. */
export type RefCollection = 'projects' | 'orgs' | 'sources' | 'tags';

/** The value a reference holds once parsed: the same shape as Astro's `reference()`. */
export interface Ref<C extends RefCollection = RefCollection> {
  collection: C;
  id: string;
}

/**
 * Builds the schema of a reference to another collection. Astro passes its own `reference()`
 * (content.config.ts); the content checker passes `plainReference` so the same schemas run without Astro.
 * Existence is checked afterwards, for both, by the knowledge graph (`knowledge/graph.ts`, `dangling`) and the checker rule `unknown-reference`.
 */
export type ReferenceFactory = <C extends RefCollection>(collection: C) => z.ZodType<Ref<C>, string>;
