import { partLang, type Locale } from '../i18n/locales';
import type { Translate } from '../i18n/t';
import { entryUrl, type SiteUrl } from '../i18n/urls';
import { keyOf } from '../knowledge/graph';
import type { SiteGraph } from '../knowledge/site-graph';
import { linkTo, type LinkItem } from './entry';
import { formatPartialDate } from './format';
import { sourceTitleLocale, type SourceData } from '../schemas/source';
import { tagText } from '../schemas/tag';

export interface BibliographyItem {
  page: SiteUrl;
  title: string;
  url: string;
  host: string;
  publisher: string;
  author?: string;
  published: string;
  kind: SourceData['kind'];
  /** The language of the title when it is not the page's. */
  lang?: string;
}

/** The sources index: every source, newest first. */
export function bibliography(site: SiteGraph, locale: Locale): BibliographyItem[] {
  return [...site.list('sources')]
    .sort((a, b) => b.data.published.localeCompare(a.data.published) || a.data.title.localeCompare(b.data.title))
    .map((s) => ({
      page: entryUrl('sources', s.id, locale),
      title: s.data.title,
      url: s.data.url,
      host: new URL(s.data.url).host,
      publisher: s.data.publisher,
      author: s.data.author,
      published: formatPartialDate(s.data.published, locale),
      kind: s.data.kind,
      lang: partLang(sourceTitleLocale(s.data.title), locale),
    }));
}

/** The tags index: every tag with its description and how many entries carry it. */
export function tagIndex(site: SiteGraph, locale: Locale, t: Translate): LinkItem[] {
  return site.list('tags').map((tag) => {
    const key = keyOf('tags', tag.id);
    return {
      ...linkTo(site, key, locale),
      summary: tagText(tag.data, locale).description,
      note: t('home.entries', { count: site.graph.taggedWith(key).length }),
    };
  });
}
