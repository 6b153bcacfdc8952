/** The UI dictionary reader: `t('collection.projects')`, with `{name}` placeholders filled from `vars`. */
import type { Locale } from './locales';
import { en, type UiKey } from './ui/en';
import { zh } from './ui/zh';

export const dictionaries: Record<Locale, Record<UiKey, string>> = { en, zh };

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** A `t()` bound to a locale. */
export function useTranslations(locale: Locale): Translate {
  const dict = dictionaries[locale];
  return (key, vars) => {
    const text = dict[key];
    return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : text;
  };
}

export type { UiKey };
