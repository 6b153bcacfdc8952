/**
 * Which figures share a chart. Figures are comparable when they measure the same metric, in the same unit,
 * under the same context; within such a group, each subject is a row and each value of the varying
 * `condition` (e.g. concurrency 100 and 1000) a bar in that row. A group of one figure is not charted.
 */
import type { FigureData } from '../schemas/figure';

export type ChartFigure = Pick<FigureData, 'subject' | 'metric' | 'value' | 'unit' | 'qualifier' | 'context' | 'condition' | 'asOf'> & {
  /** Source id. */
  source: string;
};
export type Condition = NonNullable<FigureData['condition']>;

export interface FigureGroup {
  metric: string;
  unit: FigureData['unit'];
  context: string;
  /** Subjects in the order the author first listed them. */
  subjects: string[];
  /** Values of the varying condition, in ascending order; `[undefined]` when nothing varies. */
  series: (Condition | undefined)[];
  /** `cells[subject][series index]`: the figure, or undefined when that run was not reported. */
  cells: Map<string, (ChartFigure | undefined)[]>;
  /** Source ids of the group's figures, in first-use order. */
  sources: string[];
}

const seriesKey = (c: Condition | undefined) => (c ? `${c.name}=${c.value}` : '');

function compareConditions(a: Condition | undefined, b: Condition | undefined): number {
  if (!a || !b) return a ? 1 : b ? -1 : 0;
  return a.name.localeCompare(b.name) || a.value - b.value;
}

/** Figures reported as of several dates: one time chart per metric and unit, one line per subject. */
export interface SeriesGroup {
  metric: string;
  unit: FigureData['unit'];
  /** Subjects in the order the author first listed them, each with its dated figures. */
  lines: { subject: string; figures: (ChartFigure & { asOf: string })[] }[];
  sources: string[];
}

const dated = (f: ChartFigure): f is ChartFigure & { asOf: string } => Boolean(f.asOf);

/** Time series: figures with `asOf` that share metric and unit and span at least two dates. */
export function groupSeries(figures: ChartFigure[]): SeriesGroup[] {
  const byKey = new Map<string, (ChartFigure & { asOf: string })[]>();
  for (const f of figures.filter(dated)) {
    const key = JSON.stringify([f.metric, f.unit]);
    byKey.set(key, [...(byKey.get(key) ?? []), f]);
  }
  return [...byKey.values()]
    .filter((members) => new Set(members.map((f) => f.asOf)).size >= 2)
    .map((members) => ({
      metric: members[0]!.metric,
      unit: members[0]!.unit,
      lines: [...new Set(members.map((f) => f.subject))].map((subject) => ({ subject, figures: members.filter((f) => f.subject === subject) })),
      sources: [...new Set(members.map((f) => f.source))],
    }));
}

/** Bar groups, from the figures that are not part of a time series. */
export function groupComparable(figures: ChartFigure[]): FigureGroup[] {
  const inSeries = new Set(groupSeries(figures).flatMap((g) => g.lines.flatMap((l) => l.figures)));
  const byKey = new Map<string, ChartFigure[]>();
  for (const f of figures.filter((f) => !inSeries.has(f as ChartFigure & { asOf: string }))) {
    const key = JSON.stringify([f.metric, f.unit, f.context]);
    byKey.set(key, [...(byKey.get(key) ?? []), f]);
  }
  const groups: FigureGroup[] = [];
  for (const members of byKey.values()) {
    if (members.length < 2) continue;
    const first = members[0]!;
    const series = [...new Map(members.map((f) => [seriesKey(f.condition), f.condition])).values()].sort(compareConditions);
    const subjects = [...new Set(members.map((f) => f.subject))];
    const cells = new Map(subjects.map((s) => [s, series.map(() => undefined as ChartFigure | undefined)]));
    for (const f of members) {
      const row = cells.get(f.subject)!;
      const i = series.findIndex((c) => seriesKey(c) === seriesKey(f.condition));
      row[i] ??= f;
    }
    groups.push({
      metric: first.metric,
      unit: first.unit,
      context: first.context,
      subjects,
      series,
      cells,
      sources: [...new Set(members.map((f) => f.source))],
    });
  }
  return groups;
}
