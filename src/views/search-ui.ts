/**
 * Everything the search interface shows, in the page's language, computed at build time. The browser
 * script is one bundle for both languages, so the words it needs travel with the page as `strings`.
 */
import { htmlLang, locales, type Locale } from '../i18n/locales';
import { useTranslations, type UiKey } from '../i18n/t';
import { collectionUrl, searchUrl, type SiteUrl } from '../i18n/urls';
import type { RouteSpec } from './routes';
import { entryCollections } from '../schemas';
import { projectCategories, verdicts } from '../vocab';
import { facetNames, type FacetName } from './search-state';
import { searchKinds } from './search-vocab';

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
  tryOther: string;
  more: string;
  sections: string;
  /** Facet legends. */
  facets: Record<FacetName, string>;
  /** Labels of closed-vocabulary filter values, and language names for the status line. */
  labels: Record<'kind' | 'category' | 'verdict' | 'lang', Record<string, string>>;
}

export interface SearchUiView {
  locale: Locale;
  searchPage: SiteUrl;
  languages: { locale: Locale; label: string; lang: string }[];
  strings: SearchStrings;
  /** The index pages, offered when search cannot run (no JavaScript). */
  indexLinks: { href: SiteUrl; label: string }[];
}

const fromKeys = <K extends string>(keys: readonly K[], label: (k: K) => string) =>
  Object.fromEntries(keys.map((k) => [k, label(k)])) as Record<K, string>;

export function searchUiView(locale: Locale): SearchUiView {
  const t = useTranslations(locale);
  return {
    locale,
    searchPage: searchUrl(locale),
    languages: locales.map((l) => ({ locale: l, label: t(`lang.${l}`), lang: htmlLang[l] })),
    indexLinks: entryCollections.map((c) => ({ href: collectionUrl(c, locale), label: t(`collection.${c}`) })),
    strings: {
      idle: t('search.status.idle'),
      loading: t('search.status.loading'),
      results: t('search.status.results'),
      one: t('search.status.one'),
      none: t('search.status.none'),
      filtered: t('search.status.filtered'),
      error: t('search.status.error'),
      dev: t('search.status.dev'),
      fallback: t('search.fallback'),
      tryOther: t('search.tryOther'),
      more: t('search.more'),
      sections: t('search.sections'),
      facets: fromKeys(facetNames, (f) => t(`search.facet.${f}`)),
      labels: {
        kind: Object.fromEntries(entryCollections.map((c) => [searchKinds[c], t(`kind.${c}`)])),
        category: fromKeys(projectCategories, (c) => t(`category.${c}` as UiKey)),
        verdict: fromKeys(verdicts, (v) => t(`verdict.${v}`)),
        lang: fromKeys(locales, (l) => t(`search.languageName.${l}`)),
      },
    },
  };
}

/** The route of the search page in a locale, for the layout's language switch and hreflang links. */
export const searchRoute = (locale: Locale): Pick<RouteSpec, 'locale' | 'alternates' | 'url'> => ({
  locale,
  url: searchUrl(locale),
  alternates: Object.fromEntries(locales.map((l) => [l, searchUrl(l)])) as Record<Locale, SiteUrl>,
});

