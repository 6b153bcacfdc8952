/**
 * The charts of a case page: its comparable figures (charts/group.ts) laid out as grouped bars
 * (charts/bar-layout.ts), with every label already formatted for the page's language, and the sources
 * cited under each chart. `components/charts/` only draws this.
 */
import { layoutBarChart, type BarChartGeometry } from '../charts/bar-layout';
import { groupComparable, groupSeries, type ChartFigure } from '../charts/group';
import { layoutTimeChart, type TimeChartGeometry } from '../charts/time-layout';
import type { Locale } from '../i18n/locales';
import { useTranslations, type Translate } from '../i18n/t';
import { referenceAnchor } from '../markdown/citations';
import type { FigureData } from '../schemas/figure';
import type { ReferenceItem } from './entry';
import { formatCondition, formatFigure, formatPartialDate, numberFormat } from './format';

export interface TimeChartView {
  kind: 'time';
  id: string;
  title: string;
  /** One line per subject; shown as a legend when there are several. */
  legend: { series: number; label: string }[];
  geometry: TimeChartGeometry;
  description: string;
  sources: { n: number; anchor: string; title: string; lang?: string }[];
  /** The language of the figures' wording (title, context, series names) when it is not the page's. */
  textLang?: string;
}

export interface ChartView {
  kind: 'bars';
  /** Unique on the page, for ARIA ids. */
  id: string;
  /** The metric, with its unit when the metric does not name it: "TP99 latency (ms)". */
  title: string;
  context: string;
  /** One entry per bar colour; empty when each subject has a single bar. */
  legend: { series: number; label: string }[];
  geometry: BarChartGeometry;
  /** What a screen reader announces for the picture; the numbers themselves are in the figures table. */
  description: string;
  sources: { n: number; anchor: string; title: string; lang?: string }[];
  /** The language of the figures' wording (title, context, series names) when it is not the page's. */
  textLang?: string;
}

/** "QPS" stays "QPS"; "TP99 latency" in ms becomes "TP99 latency (ms)". */
export function chartTitle(metric: string, unit: FigureData['unit'], locale: Locale = 'en'): string {
  const u = unit === 'count' ? '' : useTranslations(locale)(`unit.${unit}`).trim();
  if (!u || metric.toLowerCase().includes(u.toLowerCase())) return metric;
  // Chinese text takes full-width brackets: "峰值 QPS（个服务）".
  return locale === 'zh' ? `${metric}（${u}）` : `${metric} (${u})`;
}


/** Axis numbers, short: 400000 → "400K" (en) or "40万" (zh). */
export function formatTick(n: number, locale: Locale): string {
  return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}

export function chartsOf(data: FigureData[], refs: ReferenceItem[], locale: Locale, t: Translate, textLang?: string): (ChartView | TimeChartView)[] {
  const figures: ChartFigure[] = data.map((f) => ({
    ...f,
    source: f.source.id,
  }));
  const byAnchor = new Map(refs.map((r) => [r.anchor, r]));
  const cite = (id: string) => {
    const r = byAnchor.get(referenceAnchor(id))!;
    return { n: r.n, anchor: r.anchor, title: r.title, lang: r.lang };
  };
  const series: TimeChartView[] = groupSeries(figures).map((group, i) => {
    const title = chartTitle(group.metric, group.unit, locale);
    const lines = group.lines.map((l, s) => ({
      series: s,
      label: l.subject,
      points: l.figures.map((f) => ({ date: f.asOf, value: f.value, label: formatFigure({ ...f, unit: 'count' }, locale) })),
    }));
    const said = group.lines.map((l) => `${l.subject}: ${l.figures.map((f) => `${formatFigure(f, locale)} (${formatPartialDate(f.asOf, locale)})`).join(', ')}`);
    return {
      kind: 'time',
      id: `series-${i + 1}`,
      title,
      legend: lines.length > 1 ? lines.map((l) => ({ series: l.series, label: l.label })) : [],
      geometry: layoutTimeChart(lines, (n) => formatTick(n, locale), (year) => String(year)),
      description: `${title}. ${said.join('; ')}. ${t('charts.tableNote')}`,
      sources: group.sources.map(cite),
      textLang,
    };
  });
  const bars: ChartView[] = groupComparable(figures).map((group, i) => {
    const title = chartTitle(group.metric, group.unit, locale);
    const seriesLabels = group.series.map((c) => (c ? formatCondition(c, locale, t) : '—'));
    const rows = group.subjects.map((subject) => ({
      label: subject,
      bars: group.cells.get(subject)!.map((f, series) => ({
        series,
        value: f?.value,
        label: f ? formatFigure({ ...f, unit: 'count' }, locale) : t('charts.notMeasured'),
      })),
    }));
    return {
      kind: 'bars',
      id: `chart-${i + 1}`,
      title,
      context: group.context,
      legend: group.series.length > 1 ? seriesLabels.map((label, series) => ({ series, label })) : [],
      geometry: layoutBarChart(rows, (n) => formatTick(n, locale)),
      description: `${title}: ${group.subjects.join(', ')}${group.series.length > 1 ? ` (${seriesLabels.join(', ')})` : ''}. ${t('charts.tableNote')}`,
      sources: group.sources.map(cite),
      textLang,
    };
  });
  return [...series, ...bars];
}
