/**
 * Which language index to search. Pagefind writes one index per `<html lang>`, keyed in lower case
 * (`en`, `zh-cn`); a language whose pages are all untranslated has no index at all.
 */
import { htmlLang, locales, type Locale } from '../i18n/locales';

/** Pages per index, as listed in `pagefind-entry.json`. */
export type IndexPages = Record<string, number>;

/** Pagefind's index key of a site language (`zh` → `zh-cn`). */
export const indexKey = (locale: Locale) => htmlLang[locale].toLowerCase();

const hasPages = (pages: IndexPages, locale: Locale) => (pages[indexKey(locale)] ?? 0) > 0;

/** Site languages that have no pages to search yet. */
export const emptyLanguages = (pages: IndexPages): Locale[] => locales.filter((l) => !hasPages(pages, l));

/** The language asked for, or, when it has no pages yet, the first one that has. */
export const languageToSearch = (pages: IndexPages, wanted: Locale): Locale =>
  hasPages(pages, wanted) ? wanted : (locales.find((l) => hasPages(pages, l)) ?? wanted);

/** Another language with pages, to offer when a search finds nothing. */
export const otherLanguage = (pages: IndexPages, current: Locale): Locale | undefined =>
  locales.find((l) => l !== current && hasPages(pages, l));

/** Han characters: a query with any is written in Chinese. */
const han = /\p{Script=Han}/u;

/**
 * The language a query is searched in: a query written in Chinese searches the Chinese pages even when
 * the English scope is chosen (Pagefind keeps one index per language, and English pages hold no Chinese
 * words to find). Other queries stay in the chosen language: Chinese pages are full of English terms.
 */
export function languageForQuery(q: string, chosen: Locale, pages: IndexPages): Locale {
  return chosen === 'en' && han.test(q) && hasPages(pages, 'zh') ? 'zh' : chosen;
}
