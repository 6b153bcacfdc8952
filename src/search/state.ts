/**
 * The state of a search — query, selected facets, order, language — and its round trip through a URL, so
 * `/search/?q=raft&kind=guide` can be shared and reopened. Pure: used by the browser script and the tests.
 */
import { locales, type Locale } from '../i18n/locales';
import { searchFilters, type SearchFilter } from './vocab';

/** Facets the reader can narrow by (`lang` is the language switch, not a facet). */
export const facetNames = searchFilters.filter((f): f is Exclude<SearchFilter, 'lang'> => f !== 'lang');
export type FacetName = (typeof facetNames)[number];

export const sortOrders = ['relevance', 'date'] as const;
export type SortOrder = (typeof sortOrders)[number];

export interface SearchState {
  q: string;
  /** Selected values per facet; values of one facet are alternatives (any), facets combine (all). */
  filters: Partial<Record<FacetName, string[]>>;
  sort: SortOrder;
  /** Which language's index to search. */
  lang: Locale;
}

export const emptyState = (lang: Locale): SearchState => ({ q: '', filters: {}, sort: 'relevance', lang });

/** Reads a state from URL parameters; `lang` defaults to the language of the page. */
export function stateFromParams(params: URLSearchParams, pageLocale: Locale): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of facetNames) {
    const values = [...new Set(params.getAll(name).filter(Boolean))];
    if (values.length) filters[name] = values;
  }
  const sort = params.get('sort');
  const lang = params.get('lang');
  return {
    q: params.get('q')?.trim() ?? '',
    filters,
    sort: (sortOrders as readonly string[]).includes(sort ?? '') ? (sort as SortOrder) : 'relevance',
    lang: (locales as readonly string[]).includes(lang ?? '') ? (lang as Locale) : pageLocale,
  };
}

/** URL parameters of a state, in a stable order, leaving out defaults. */
export function stateToParams(state: SearchState, pageLocale: Locale): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of facetNames) for (const value of state.filters[name] ?? []) params.append(name, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.lang !== pageLocale) params.set('lang', state.lang);
  return params;
}

/** Pagefind's `filters` option: any of the values within a facet, all facets together. */
export function pagefindFilters(filters: SearchState['filters'], without?: FacetName): Record<string, { any: string[] }> {
  return Object.fromEntries(
    facetNames.filter((n) => n !== without && filters[n]?.length).map((n) => [n, { any: filters[n]! }]),
  );
}

export const hasFilters = (state: SearchState) => facetNames.some((n) => state.filters[n]?.length);

/** Adds or removes one facet value. */
export function toggleFilter(state: SearchState, name: FacetName, value: string, on: boolean): SearchState {
  const current = state.filters[name] ?? [];
  const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  const filters = { ...state.filters, [name]: next };
  if (!next.length) delete filters[name];
  return { ...state, filters };
}
