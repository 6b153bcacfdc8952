/** Facet counts for a search, and the facet groups to show for them. */
import { facetOptions } from '../../search/results';
import { facetNames, pagefindFilters, type SearchState } from '../../search/state';
import type { SearchStrings } from '../../search/strings';
import { loadFacetData, type PagefindInstance, type PagefindSearch } from './pagefind';
import type { FacetGroup } from './render';

type Counts = Record<string, Record<string, number>>;

/**
 * Facet counts for a search. A facet with a selection is counted without it, so its other values show
 * what adding them would give. The first time, the filter data loads first (after the results are shown).
 */
export async function facetCounts(
  pagefind: PagefindInstance,
  state: SearchState,
  options: Record<string, unknown>,
  search: PagefindSearch,
): Promise<Counts> {
  const q = state.q || null;
  const fresh = await loadFacetData(pagefind);
  const counts = { ...(fresh ? (await pagefind.search(q, options)).filters : search.filters) };
  for (const name of facetNames.filter((n) => state.filters[n]?.length)) {
    const without = await pagefind.search(q, { ...options, filters: pagefindFilters(state.filters, name) });
    counts[name] = without.filters[name] ?? {};
  }
  return counts;
}

/** Facets worth showing: those that can narrow the results, or that have a selection. */
export function facetGroups(counts: Counts, state: SearchState, strings: SearchStrings): FacetGroup[] {
  const labels = strings.labels as Record<string, Record<string, string> | undefined>;
  return facetNames.flatMap((name) => {
    const selected = state.filters[name] ?? [];
    const options = facetOptions(counts[name] ?? {}, selected, (v) => labels[name]?.[v] ?? v);
    return options.length < 2 && !selected.length ? [] : [{ name, legend: strings.facets[name], options }];
  });
}
