/** Locale-aware formatting of dates and figures. Pure, table-tested. */
import type { Locale } from '../i18n/locales';
import type { FigureData } from '../schemas/figure';

export const intlLocale: Record<Locale, string> = { en: 'en-GB', zh: 'zh-CN' };

/** `2022-08-26` → "26 Aug 2022"; `2022-08` → "Aug 2022"; `2022` → "2022". */
export function formatPartialDate(value: string, locale: Locale): string {
  const [y, m, d] = value.split('-').map(Number);
  if (!m) return String(y);
  const date = new Date(Date.UTC(y!, m - 1, d ?? 1));
  return new Intl.DateTimeFormat(intlLocale[locale], {
    year: 'numeric',
    month: 'short',
    ...(d ? { day: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(date);
}

const unitSuffix: Record<FigureData['unit'], string> = {
  qps: ' QPS',
  ms: ' ms',
  us: ' µs',
  percent: '%',
  services: ' services',
  count: '',
  mb: ' MB',
  gb: ' GB',
  x: '×',
};

/** A figure as text: 228437 qps → "228,437 QPS"; at-least 50000 services → "50,000+ services". */
export function formatFigure(f: Pick<FigureData, 'value' | 'unit' | 'qualifier'>, locale: Locale): string {
  const n = new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 2 }).format(f.value);
  const prefix = f.qualifier === 'approx' ? '~' : '';
  const plus = f.qualifier === 'at-least' ? '+' : '';
  return `${prefix}${n}${plus}${unitSuffix[f.unit]}`;
}
