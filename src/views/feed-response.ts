import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { htmlLang, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/t';
import { homeUrl } from '../i18n/urls';
import { getSiteGraph } from '../knowledge/site-graph';
import { feedItems } from './feed';

/** An RSS endpoint for one language. */
export const feedResponse =
  (locale: Locale): APIRoute =>
  async ({ site }) => {
    const t = useTranslations(locale);
    return rss({
      title: t('site.name'),
      description: t('site.description'),
      // The channel links to the language's home page; item links are root-relative and resolve against its origin.
      site: new URL(homeUrl(locale), site),
      items: feedItems(await getSiteGraph(), locale),
      customData: `<language>${htmlLang[locale]}</language>`,
    });
  };
