/**
 * The site's languages, declared once. Every place that needs a fact about a language reads it here: the
 * Astro config (routing, sitemap), the page head (lang, og:locale, feed), the language switch, the date
 * and number formats, and the search index (one Pagefind index per `<html lang>`).
 */
export interface LocaleRecord {
  /** URL prefix without slashes ('' for the default language). */
  prefix: string;
  /** `<html lang>` and hreflang value; Pagefind builds one index per value. */
  lang: string;
  /** Open Graph locale. */
  ogLocale: string;
  /** Locale for Intl date and number formats. */
  intl: string;
  /** The language's own name, for the language switch. */
  label: string;
  /** Extra language codes Astro's i18n routing accepts for this locale. */
  codes: string[];
  /** The feed's file, relative to the site root. */
  feed: string;
}

export const localeRecords = {
  en: { prefix: '', lang: 'en', ogLocale: 'en_GB', intl: 'en-GB', label: 'English', codes: ['en'], feed: 'rss.xml' },
  zh: { prefix: 'zh', lang: 'zh-CN', ogLocale: 'zh_CN', intl: 'zh-CN', label: '中文', codes: ['zh-CN', 'zh'], feed: 'zh/rss.xml' },
} as const satisfies Record<string, LocaleRecord>;

export type Locale = keyof typeof localeRecords;
export const locales = Object.keys(localeRecords) as Locale[];
export const defaultLocale: Locale = 'en';

/** The `<html lang>` value of each locale. */
export const htmlLang = Object.fromEntries(locales.map((l) => [l, localeRecords[l].lang])) as Record<Locale, string>;

/** URL prefix of each locale, without slashes ('' for the default). */
export const localePrefix = Object.fromEntries(locales.map((l) => [l, localeRecords[l].prefix])) as Record<Locale, string>;

/** Astro's `i18n` setting, from the same records. */
export const astroI18n = {
  defaultLocale,
  locales: locales.map((l) => (localeRecords[l].prefix ? { path: localeRecords[l].prefix, codes: [...localeRecords[l].codes] } : l)),
  routing: { prefixDefaultLocale: false },
};

/** The sitemap integration's `i18n` setting: locale prefix → hreflang. */
export const sitemapI18n = {
  defaultLocale,
  locales: Object.fromEntries(locales.map((l) => [l, localeRecords[l].lang])) as Record<Locale, string>,
};

/**
 * The `lang` a part of a page needs when its text is in another language than the page (an untranslated
 * entry's English title on a Chinese page, a Chinese source's title on an English page); undefined when
 * the text is in the page's language.
 */
export function partLang(textLocale: Locale, pageLocale: Locale): string | undefined {
  return textLocale === pageLocale ? undefined : htmlLang[textLocale];
}
