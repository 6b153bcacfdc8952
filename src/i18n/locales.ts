/** Site languages. English is served at `/`, Simplified Chinese at `/zh/`. */
export const locales = ['en', 'zh'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** The `<html lang>` value of each locale. Pagefind builds one search index per value. */
export const htmlLang: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

/** URL prefix of each locale, without slashes ('' for the default). */
export const localePrefix: Record<Locale, string> = { en: '', zh: 'zh' };

export function isLocale(value: string | undefined): value is Locale {
  return (locales as readonly string[]).includes(value ?? '');
}
