/** What the social card of a page says, and where its image lives (the rule is in social/catalog.ts). */
import type { Locale } from '../i18n/locales';
import { assetUrl } from '../i18n/urls';
import type { EntryKey } from '../knowledge/graph';
import type { SiteGraph } from '../knowledge/site-graph';
import { cardPath } from '../social/catalog';

/** Cards exist in English for every entry, and in Chinese for translated entries. */
export function cardLocale(site: SiteGraph, key: EntryKey, locale: Locale): Locale {
  return locale === 'zh' && site.translation(key) ? 'zh' : 'en';
}

/** `/og/projects/kitex.png`, `/og/zh/projects/kitex.png`. */
export function cardUrl(site: SiteGraph, key: EntryKey, locale: Locale): string {
  return assetUrl(cardPath(key, cardLocale(site, key, locale)));
}
