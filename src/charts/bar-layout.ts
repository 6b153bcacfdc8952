/**
 * Geometry of a horizontal grouped bar chart, for a plain SVG that needs no script. Vertical positions are
 * pixels; horizontal ones are percentages of the chart's width, so the SVG stretches to any screen while its
 * text keeps its real size (no viewBox scaling that would shrink labels on a phone).
 * Each row: the subject's name, then one bar per series with its value written at the bar's end.
 */
import { niceScale } from './scale';

export interface BarInput {
  /** Series index (colour). */
  series: number;
  /** undefined: not measured. */
  value?: number;
  /** The value as text, e.g. "228,437" or "50,000+". */
  label: string;
}
export interface RowInput {
  label: string;
  bars: BarInput[];
}

export interface BarGeometry extends BarInput {
  y: number;
  height: number;
  /** Bar width, % of the chart width. */
  width: number;
  /** Where the value text starts, % of the chart width (plus `labelOffset` px). */
  labelX: number;
}
export interface RowGeometry {
  label: string;
  labelY: number;
  bars: BarGeometry[];
}
export interface TickGeometry {
  x: number;
  label: string;
  anchor: 'start' | 'middle';
}
export interface BarChartGeometry {
  height: number;
  rows: RowGeometry[];
  ticks: TickGeometry[];
  /** Vertical extent of the grid lines. */
  gridTop: number;
  gridBottom: number;
  tickLabelY: number;
  axisTitleY: number;
  labelOffset: number;
}

export const barMetrics = {
  /** Share of the width the longest possible bar may take; the rest is room for its value text. */
  plotWidth: 74,
  rowLabelHeight: 18,
  barHeight: 16,
  barGap: 3,
  rowGap: 12,
  top: 4,
  tickLabelGap: 16,
  axisTitleGap: 20,
  bottom: 6,
  labelOffset: 6,
};

const pct = (n: number) => Number(n.toFixed(3));

export function layoutBarChart(rows: RowInput[], formatTick: (n: number) => string, m = barMetrics): BarChartGeometry {
  const max = Math.max(0, ...rows.flatMap((r) => r.bars.map((b) => b.value ?? 0)));
  const scale = niceScale(max);
  const x = (v: number) => pct((v / scale.max) * m.plotWidth);
  let y = m.top;
  const laidOut: RowGeometry[] = rows.map((row) => {
    const labelY = y + m.rowLabelHeight - 5;
    y += m.rowLabelHeight;
    const bars = row.bars.map((bar) => {
      const width = bar.value === undefined ? 0 : x(bar.value);
      const g: BarGeometry = { ...bar, y, height: m.barHeight, width, labelX: width };
      y += m.barHeight + m.barGap;
      return g;
    });
    y += m.rowGap - m.barGap;
    return { label: row.label, labelY, bars };
  });
  const gridBottom = y - m.rowGap + m.barGap;
  return {
    rows: laidOut,
    // Centred under their grid line; the first starts at the edge. The last has the value room to its right.
    ticks: scale.ticks.map((t, i) => ({ x: x(t), label: formatTick(t), anchor: i === 0 ? 'start' : 'middle' })),
    gridTop: m.top,
    gridBottom,
    tickLabelY: gridBottom + m.tickLabelGap,
    axisTitleY: gridBottom + m.tickLabelGap + m.axisTitleGap,
    height: gridBottom + m.tickLabelGap + m.axisTitleGap + m.bottom,
    labelOffset: m.labelOffset,
  };
}
