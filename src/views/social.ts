/** What the social card of a page says, and where its image lives. */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/t';
import { assetUrl } from '../i18n/urls';
import { keyOf, type EntryKey } from '../knowledge/graph';
import type { SiteGraph } from '../knowledge/site-graph';
import type { CardContent } from '../social/card';
import { linkTo } from './entry';

/** Cards exist in English for every entry, and in Chinese for translated entries. */
export function cardLocale(site: SiteGraph, key: EntryKey, locale: Locale): Locale {
  return locale === 'zh' && site.translation(key) ? 'zh' : 'en';
}

/** `/og/projects/kitex.png`, `/og/zh/projects/kitex.png`. */
export function cardUrl(site: SiteGraph, key: EntryKey, locale: Locale): string {
  const l = cardLocale(site, key, locale);
  return assetUrl(`og/${l === 'zh' ? 'zh/' : ''}${key}.png`);
}

function orgLine(site: SiteGraph, key: EntryKey): string {
  const e = site.entry(key);
  const orgIds: string[] =
    e?.collection === 'projects'
      ? (e.data as CollectionEntry<'projects'>['data']).orgs.filter((o) => o.role === 'originated').map((o) => o.org.id)
      : e?.collection === 'cases' || e?.collection === 'claims'
        ? (e.data as CollectionEntry<'cases'>['data']).orgs.map((o) => o.id)
        : [];
  return [...new Set(orgIds)].map((id) => site.titleOf(keyOf('orgs', id))).join(' · ');
}

export function cardContent(site: SiteGraph, key: EntryKey, locale: Locale): CardContent {
  const t = useTranslations(locale);
  const collection = key.slice(0, key.indexOf('/')) as CollectionEntry<'projects'>['collection'];
  const link = linkTo(site, key, locale);
  return {
    title: link.fullTitle ?? link.title,
    kind: t(`kind.${collection}`),
    org: orgLine(site, key),
    site: t('site.name'),
  };
}
