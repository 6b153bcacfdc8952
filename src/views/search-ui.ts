/**
 * What the search markup shows, in the page's language, computed at build time. The words the browser
 * script fills in come from `search-strings.ts`, bundled with that script, so pages don't carry them.
 */
import { htmlLang, localeRecords, locales, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/t';
import { collectionUrl, searchUrl, type SiteUrl } from '../i18n/urls';
import type { RouteSpec } from './routes';
import { entryCollections } from '../schemas';

export interface SearchUiView {
  locale: Locale;
  searchPage: SiteUrl;
  languages: { locale: Locale; label: string; lang: string }[];
  /** The index pages, offered when search cannot run (no JavaScript). */
  indexLinks: { href: SiteUrl; label: string }[];
}

/** Where the search interface is shown: the header dialog or the /search/ page. */
export type SearchMode = 'dialog' | 'page';

/** The id that prefixes every element id of one search panel (the field, the panel's parts). */
export const searchPanelId = (mode: SearchMode): string => `search-${mode}`;

export function searchUiView(locale: Locale): SearchUiView {
  const t = useTranslations(locale);
  return {
    locale,
    searchPage: searchUrl(locale),
    languages: locales.map((l) => ({ locale: l, label: localeRecords[l].label, lang: htmlLang[l] })),
    indexLinks: [...entryCollections, 'sources' as const, 'tags' as const].map((c) => ({ href: collectionUrl(c, locale), label: t(`collection.${c}`) })),
  };
}

/** The route of the search page in a locale, for the layout's language switch and hreflang links. */
export const searchRoute = (locale: Locale): Pick<RouteSpec, 'locale' | 'alternates' | 'url'> => ({
  locale,
  url: searchUrl(locale),
  alternates: Object.fromEntries(locales.map((l) => [l, searchUrl(l)])) as Record<Locale, SiteUrl>,
});

