import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/t';
import { collectionUrl, type SiteUrl } from '../i18n/urls';
import { keyOf } from '../knowledge/graph';
import type { SiteGraph } from '../knowledge/site-graph';
import { entryCollections } from '../schemas';
import { linkTo, type LinkItem } from './entry';

export interface HomeView {
  sections: { title: string; intro: string; href: SiteUrl; count: number }[];
  latest: LinkItem[];
}

/** Home page: one card per collection and the most recently updated cases and guides. */
export function homeView(site: SiteGraph, locale: Locale, t: Translate): HomeView {
  const sections = [...entryCollections, 'sources' as const].map((c) => ({
    title: t(`collection.${c}`),
    intro: t(`intro.${c}`),
    href: collectionUrl(c, locale),
    count: site.list(c).length,
  }));
  const dated = [
    ...site.list('cases').map((e) => ['cases', e] as const),
    ...site.list('guides').map((e) => ['guides', e] as const),
  ] as const;
  const latest = [...dated]
    .sort(([, a], [, b]) => (b as CollectionEntry<'cases'>).data.updated.localeCompare((a as CollectionEntry<'cases'>).data.updated))
    .slice(0, 6)
    .map(([c, e]) => ({ ...linkTo(site, keyOf(c, e.id), locale), note: t(`kind.${c}`) }));
  return { sections, latest };
}
