/**
 * The vocabulary the search index and the search interface share: filter names and kind ids. No imports,
 * so the browser bundle that reads it stays small.
 */
import type { EntryCollection } from '../schemas';

/** The `kind` filter value of each entry collection: what a reader types in `?kind=guide`. */
export const searchKinds = {
  projects: 'project',
  orgs: 'org',
  cases: 'case',
  guides: 'guide',
  claims: 'claim',
  about: 'about',
} as const satisfies Record<EntryCollection, string>;
export type SearchKind = (typeof searchKinds)[EntryCollection];

/**
 * Filters, in the order the search interface shows them. `kind`, `category`, `verdict` and `lang` hold ids
 * from closed vocabularies (the interface translates them); `org` and `tag` hold display names in the
 * page's language.
 */
export const searchFilters = ['kind', 'org', 'category', 'tag', 'verdict', 'lang'] as const;
export type SearchFilter = (typeof searchFilters)[number];
