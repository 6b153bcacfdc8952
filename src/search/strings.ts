/**
 * The words the search script fills in, per language. Imported by the script that loads when a reader
 * starts a search (not by every page), so the text costs nothing until then.
 */
import { locales, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/t';
import { entryCollections } from '../schemas';
import { projectCategories, verdicts } from '../vocab';
import { facetNames, type FacetName } from './state';
import { searchKinds } from './vocab';

/** Words the browser script fills in; `{name}` placeholders are filled by `fill` (search-results.ts). */
export interface SearchStrings {
  idle: string;
  loading: string;
  results: string;
  one: string;
  none: string;
  filtered: string;
  error: string;
  dev: string;
  fallback: string;
  /** The query is in another language than the scope: say which pages are searched. */
  queryLanguage: string;
  tryOther: string;
  more: string;
  sections: string;
  /** Facet legends. */
  facets: Record<FacetName, string>;
  /** Labels of closed-vocabulary filter values, and language names for the status line. */
  labels: Record<'kind' | 'category' | 'verdict' | 'lang', Record<string, string>>;
}

const fromKeys = <K extends string>(keys: readonly K[], label: (k: K) => string) =>
  Object.fromEntries(keys.map((k) => [k, label(k)])) as Record<K, string>;

export function searchStrings(locale: Locale): SearchStrings {
  const t = useTranslations(locale);
  return {
    idle: t('search.status.idle'),
    loading: t('search.status.loading'),
    results: t('search.status.results'),
    one: t('search.status.one'),
    none: t('search.status.none'),
    filtered: t('search.status.filtered'),
    error: t('search.status.error'),
    dev: t('search.status.dev'),
    fallback: t('search.fallback'),
    queryLanguage: t('search.queryLanguage'),
    tryOther: t('search.tryOther'),
    more: t('search.more'),
    sections: t('search.sections'),
    facets: fromKeys(facetNames, (f) => t(`search.facet.${f}`)),
    labels: {
      kind: Object.fromEntries(entryCollections.map((c) => [searchKinds[c], t(`kind.${c}`)])),
      category: fromKeys(projectCategories, (c) => t(`category.${c}`)),
      verdict: fromKeys(verdicts, (v) => t(`verdict.${v}`)),
      lang: fromKeys(locales, (l) => t(`search.languageName.${l}`)),
    },
  };
}
