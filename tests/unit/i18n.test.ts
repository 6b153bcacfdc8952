import { describe, expect, test } from 'vitest';
import { dictionaries, useTranslations } from '../../src/i18n/t';
import { locales } from '../../src/i18n/locales';

describe('UI dictionaries', () => {
  test('every language has exactly the keys of English', () => {
    const english = Object.keys(dictionaries.en).sort();
    for (const locale of locales) expect(Object.keys(dictionaries[locale]).sort()).toEqual(english);
  });

  test('no string is empty', () => {
    for (const locale of locales) {
      for (const [key, text] of Object.entries(dictionaries[locale])) expect(text.trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  test('placeholders match between languages, and t() fills them', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(dictionaries.en)) {
      expect(names(dictionaries.zh[key as keyof typeof dictionaries.zh]), key).toEqual(names(text));
    }
    expect(useTranslations('en')('entry.readingTime', { minutes: 4 })).toBe('4 min read');
    expect(useTranslations('zh')('entry.readingTime', { minutes: 4 })).toBe('阅读约 4 分钟');
  });
});
