/**
 * Every site URL is built here, so the URL scheme is stated once:
 *
 *   /                          home             /zh/                       home in Chinese
 *   /<collection>/             index            /zh/<collection>/
 *   /<collection>/<id>/        entry page       /zh/<collection>/<id>/     (the translation, when it exists)
 *   /tags/<id>/                tag page
 *   /search/?q=…               search page      /zh/search/?q=…            (searches the Chinese index)
 *
 * Collections: projects, orgs, cases, guides, claims, sources, tags. Ids are file names and never change,
 * so URLs are stable; renaming a file is a breaking change.
 */
import type { AtlasCollection } from '../schemas';
import { site } from '../site.config';
import { localePrefix, type Locale } from './locales';

/** The configured base path without slashes at the ends ('' when the site is served at the root). */
const base = site.base.replace(/^\/+|\/+$/g, '');

/** A root-relative site URL with a trailing slash, e.g. `/projects/kitex/`. Branded so a file path can't pass for one. */
export type SiteUrl = string & { readonly __brand: 'SiteUrl' };

function join(locale: Locale, ...parts: string[]): SiteUrl {
  const segments = [base, localePrefix[locale], ...parts].filter(Boolean);
  return (segments.length ? `/${segments.join('/')}/` : '/') as SiteUrl;
}

/** A file in public/ or dist/, e.g. `assetUrl('favicon.svg')`, with the base path. */
export const assetUrl = (file: string) => `/${[base, file].filter(Boolean).join('/')}`;

/** The route parameter of a URL: the path without base and slashes at the ends (undefined for the root). */
export const routeParam = (url: SiteUrl): string | undefined =>
  url.replace(/^\/+|\/+$/g, '').slice(base.length).replace(/^\//, '') || undefined;

/** The search panel's lazily loaded part (see components/search/SearchPanel.astro). */
export const searchPanelUrl = (locale: Locale = 'en'): SiteUrl => join(locale, 'search-panel');

/** Home page of a locale. */
export const homeUrl = (locale: Locale = 'en'): SiteUrl => join(locale);

/** Index page of a collection. */
export const collectionUrl = (collection: AtlasCollection, locale: Locale = 'en'): SiteUrl => join(locale, collection);

/** Page of one entry; `anchor` is a heading id on that page. */
export function entryUrl(collection: AtlasCollection, id: string, locale: Locale = 'en', anchor?: string): SiteUrl {
  const url = join(locale, collection, id);
  return (anchor ? `${url}#${anchor}` : url) as SiteUrl;
}

/** Page listing the entries with a tag. */
export const tagUrl = (id: string, locale: Locale = 'en'): SiteUrl => entryUrl('tags', id, locale);

/** The search page; its query and filters live in the URL (`/search/?q=raft&kind=guide`). */
export const searchUrl = (locale: Locale = 'en'): SiteUrl => join(locale, 'search');
