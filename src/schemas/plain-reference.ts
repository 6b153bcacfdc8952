import { z } from 'astro/zod';
import { idPattern } from './common';
import type { ReferenceFactory, Ref, RefCollection } from './refs';

/**
 * The reference factory used outside Astro (content checker, tests): an id string becomes
 * `{ collection, id }`, the same value Astro's `reference()` produces. Existence is checked by the graph.
 */
export const plainReference: ReferenceFactory = <C extends RefCollection>(collection: C) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `required: an id from content/${collection}/` : `expected an id from content/${collection}/, as a plain string`) })
    .regex(idPattern, `an id is lower-case words joined by hyphens, as in the file name under content/${collection}/`)
    .transform((id): Ref<C> => ({ collection, id }));
