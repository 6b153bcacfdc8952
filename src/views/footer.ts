/** The site footer's links (the pages about Atlas that exist, and the correction form), and links to about pages elsewhere. */
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/t';
import { entryUrl } from '../i18n/urls';
import { keyOf } from '../knowledge/graph';
import type { SiteGraph } from '../knowledge/site-graph';
import { site as siteConfig } from '../site.config';

export interface FooterLink {
  href: string;
  text: string;
}

const aboutPages = [
  ['how-atlas-works', 'footer.howItWorks'],
  ['the-ledger', 'footer.ledger'],
] as const;

export function footerLinks(site: SiteGraph, locale: Locale, t: Translate): FooterLink[] {
  return [
    ...aboutPages.flatMap(([id, label]) => {
      const href = aboutPageUrl(site, id, locale);
      return href ? [{ href, text: t(label) }] : [];
    }),
    { href: `https://github.com/${siteConfig.repository}/issues/new?template=correction.yml`, text: t('footer.report') },
  ];
}

/** The URL of a page about Atlas, when it exists (fixture sites and forks may have none). */
export function aboutPageUrl(site: SiteGraph, id: string, locale: Locale): string | undefined {
  return site.entry(keyOf('about', id)) ? entryUrl('about', id, locale) : undefined;
}
