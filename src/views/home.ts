/**
 * The home page shows what is in the atlas at a glance: the biggest corrections the ledger has made
 * (contradicted claims, newest checks first), the most connected projects (by how many entries link to or
 * reference them), the guides, the newest case studies, and one card per collection with its count.
 */
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
  /** Contradicted fact checks, truth first, newest checks first. */
  corrections: LinkItem[];
  /** Projects with the most other entries pointing at them. */
  connected: LinkItem[];
  guides: LinkItem[];
  cases: LinkItem[];
}

/** Newest first by a YYYY-MM-DD field, then by title. */
const newest = <E extends { data: { title: string } }>(list: E[], date: (e: E) => string) =>
  [...list].sort((a, b) => date(b).localeCompare(date(a)) || a.data.title.localeCompare(b.data.title));

export function correctionsOnHome(site: SiteGraph, locale: Locale, limit = 6): LinkItem[] {
  const contradicted = site.list('claims').filter((c) => c.data.verdict === 'contradicted');
  return newest(contradicted, (c) => c.data.checked)
    .slice(0, limit)
    .map((c) => linkTo(site, keyOf('claims', c.id), locale));
}

export function mostConnected(site: SiteGraph, locale: Locale, t: Translate, limit = 8): LinkItem[] {
  const degree = (p: CollectionEntry<'projects'>) => {
    const key = keyOf('projects', p.id);
    return site.graph.mentionedIn(key).length + site.graph.relationsOf(key).length;
  };
  return [...site.list('projects')]
    .sort((a, b) => degree(b) - degree(a) || a.data.title.localeCompare(b.data.title))
    .slice(0, limit)
    .map((p) => ({ ...linkTo(site, keyOf('projects', p.id), locale), note: t('home.links', { count: degree(p) }) }));
}

export function homeView(site: SiteGraph, locale: Locale, t: Translate): HomeView {
  const sections = [...entryCollections.filter((c) => c !== 'about'), 'sources' as const].map((c) => ({
    title: t(`collection.${c}`),
    intro: t(`intro.${c}`),
    href: collectionUrl(c, locale),
    count: site.list(c).length,
  }));
  const listOf = (c: 'guides' | 'cases', limit: number) =>
    newest(site.list(c) as CollectionEntry<'guides' | 'cases'>[], (e) => e.data.updated)
      .slice(0, limit)
      .map((e) => linkTo(site, keyOf(c, e.id), locale));
  return {
    sections,
    corrections: correctionsOnHome(site, locale),
    connected: mostConnected(site, locale, t),
    guides: listOf('guides', 8),
    cases: listOf('cases', 5),
  };
}
