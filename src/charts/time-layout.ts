/**
 * Geometry of a time chart: values reported as of several dates, one line per subject. As in the bar
 * chart, horizontal positions are percentages of the chart's width and vertical ones pixels, so the SVG
 * stretches to any screen while its text keeps its real size. Lines and dots are drawn in an inner SVG
 * whose viewBox is 0–100 wide and stretches without keeping its aspect; strokes there do not scale.
 */
import { niceScale } from './scale';

export interface TimePointInput {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  value: number;
  /** The value as text, e.g. "40,000+". */
  label: string;
}
export interface TimeLineInput {
  series: number;
  label: string;
  points: TimePointInput[];
}

export interface TimePointGeometry extends TimePointInput {
  /** % of the width. */
  x: number;
  y: number;
  /** Where the value label sits: above the dot, or below when the dot is near the top. */
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
}
export interface TimeLineGeometry {
  series: number;
  label: string;
  points: TimePointGeometry[];
  /** Path in the inner SVG's coordinates (x 0–100, y in px). */
  d: string;
}
export interface TimeChartGeometry {
  height: number;
  plotTop: number;
  plotBottom: number;
  lines: TimeLineGeometry[];
  yTicks: { y: number; label: string }[];
  xTicks: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  xTickLabelY: number;
}

export const timeMetrics = { top: 22, plotHeight: 180, left: 12, right: 6, xTickGap: 18, bottom: 8, labelGap: 9 };

/** A partial date as a number of days since 1970, in the middle of its month or year when only that is known. */
export function dayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const ms = m === undefined ? Date.UTC(y!, 6, 1) : d === undefined ? Date.UTC(y!, m - 1, 15) : Date.UTC(y!, m - 1, d);
  return ms / 86_400_000;
}

const pct = (n: number) => Number(n.toFixed(3));

export function layoutTimeChart(lines: TimeLineInput[], formatTick: (n: number) => string, formatDate: (year: number) => string, m = timeMetrics): TimeChartGeometry {
  const all = lines.flatMap((l) => l.points);
  const days = all.map((p) => dayOf(p.date));
  const [first, last] = [Math.min(...days), Math.max(...days)];
  const span = Math.max(last - first, 1);
  const x = (day: number) => pct(m.left + ((day - first) / span) * (100 - m.left - m.right));
  const scale = niceScale(Math.max(0, ...all.map((p) => p.value)), 4);
  const plotBottom = m.top + m.plotHeight;
  const y = (v: number) => Number((plotBottom - (v / scale.max) * m.plotHeight).toFixed(2));
  const laid = lines.map((line) => {
    const points = [...line.points]
      .sort((a, b) => dayOf(a.date) - dayOf(b.date))
      .map((p) => {
        const px = x(dayOf(p.date));
        const py = y(p.value);
        const anchor: TimePointGeometry['anchor'] = px > 85 ? 'end' : px < m.left + 4 ? 'start' : 'middle';
        return { ...p, x: px, y: py, labelY: py - m.labelGap < m.top - 8 ? py + m.labelGap + 8 : py - m.labelGap, anchor };
      });
    return { series: line.series, label: line.label, points, d: points.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join(' ') };
  });
  // A tick on 1 January of each year inside the span (the first point's year when none is).
  const [y0, y1] = [new Date(first * 86_400_000).getUTCFullYear(), new Date(last * 86_400_000).getUTCFullYear()];
  const inside = Array.from({ length: y1 - y0 + 1 }, (_, i) => y0 + i).filter((year) => dayOf(`${year}-01-01`) > first && dayOf(`${year}-01-01`) <= last);
  const years = inside.length ? inside : [y0];
  const every = Math.ceil(years.length / 6);
  return {
    height: plotBottom + m.xTickGap + m.bottom,
    plotTop: m.top,
    plotBottom,
    lines: laid,
    yTicks: scale.ticks.map((v) => ({ y: y(v), label: formatTick(v) })),
    xTicks: years
      .filter((_, i) => i % every === 0)
      .map((year) => ({ x: inside.length ? x(dayOf(`${year}-01-01`)) : x(first), label: formatDate(year), anchor: 'middle' as const })),
    xTickLabelY: plotBottom + m.xTickGap,
  };
}
