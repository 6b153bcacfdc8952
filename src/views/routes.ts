/**
 * Every page of the site, in both languages, computed once from the graph. The single catch-all route
 * (`pages/[...path].astro`) renders these specs; nothing else decides which pages exist.
 *
 * Each entry has an English page and a Chinese page. The Chinese page shows the translation when there
 * is one (`kitex.zh.md`), otherwise the English text inside the Chinese interface, with a visible note.
 */
import { locales, type Locale } from '../i18n/locales';
import { collectionUrl, entryUrl, homeUrl, routeParam, type SiteUrl } from '../i18n/urls';
import { keyOf, splitKey, type EntryKey } from '../knowledge/graph';
import type { SiteGraph } from '../knowledge/site-graph';
import { allCollections, entryCollections, type EntryCollection } from '../schemas';

export type PageSpec =
  | { kind: 'home' }
  | { kind: 'index'; collection: EntryCollection }
  | { kind: 'sources' }
  | { kind: 'tags' }
  | { kind: 'entry'; key: EntryKey };

export interface RouteSpec {
  /** URL of the page. */
  url: SiteUrl;
  /** The `[...path]` param: the URL without slashes at the ends; undefined for the home page. */
  param: string | undefined;
  locale: Locale;
  page: PageSpec;
  /** The same page in every language, for the language switch and hreflang links. */
  alternates: Record<Locale, SiteUrl>;
}

function specUrl(page: PageSpec, locale: Locale): SiteUrl {
  switch (page.kind) {
    case 'home':
      return homeUrl(locale);
    case 'index':
      return collectionUrl(page.collection, locale);
    case 'sources':
      return collectionUrl('sources', locale);
    case 'tags':
      return collectionUrl('tags', locale);
    case 'entry': {
      const { collection, id } = splitKey(page.key);
      return entryUrl(collection, id, locale);
    }
  }
}

export function siteRoutes(site: SiteGraph): RouteSpec[] {
  const pages: PageSpec[] = [
    { kind: 'home' },
    ...entryCollections.map((collection) => ({ kind: 'index' as const, collection })),
    { kind: 'sources' },
    { kind: 'tags' },
    ...allCollections.flatMap((c) => site.list(c).map((e) => ({ kind: 'entry' as const, key: keyOf(c, e.id) }))),
  ];
  return pages.flatMap((page) => {
    const alternates = Object.fromEntries(locales.map((l) => [l, specUrl(page, l)])) as Record<Locale, SiteUrl>;
    return locales.map((locale) => ({
      url: alternates[locale],
      param: routeParam(alternates[locale]),
      locale,
      page,
      alternates,
    }));
  });
}
