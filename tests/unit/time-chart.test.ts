import { describe, expect, test } from 'vitest';
import { groupComparable, groupSeries, type ChartFigure } from '../../src/charts/group';
import { dayOf, layoutTimeChart } from '../../src/charts/time-layout';

const reported = (value: number, asOf: string, extra: Partial<ChartFigure> = {}): ChartFigure => ({
  subject: 'ByteDance',
  metric: 'services on Kitex',
  value,
  unit: 'services',
  qualifier: 'at-least',
  context: 'as reported',
  asOf,
  source: `post-${asOf}`,
  ...extra,
});

describe('figures reported as of several dates', () => {
  test('form one time series per metric and unit, a line per subject, each point keeping its source', () => {
    const groups = groupSeries([reported(10000, '2020-12'), reported(40000, '2021-12'), reported(60000, '2022-09'), reported(14000, '2022-09', { subject: 'Hertz', metric: 'services on Kitex' })]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.lines.map((l) => [l.subject, l.figures.length])).toEqual([
      ['ByteDance', 3],
      ['Hertz', 1],
    ]);
    expect(groups[0]!.sources).toEqual(['post-2020-12', 'post-2021-12', 'post-2022-09']);
  });

  test('one date is not a series; figures in a series are not also drawn as bars', () => {
    expect(groupSeries([reported(10000, '2020-12'), reported(12000, '2020-12', { subject: 'Hertz' })])).toEqual([]);
    const figures = [reported(10000, '2020-12'), reported(40000, '2021-12')];
    expect(groupComparable(figures)).toEqual([]);
  });
});

describe('the time chart', () => {
  const geometry = layoutTimeChart(
    [{ series: 0, label: 'ByteDance', points: [{ date: '2022-09', value: 60000, label: '60,000+' }, { date: '2020-12', value: 10000, label: '10,000+' }, { date: '2021', value: 20000, label: '20,000+' }] }],
    (n) => String(n),
    (y) => String(y),
  );
  test('puts points in date order, left to right, a year or month standing for its middle', () => {
    const xs = geometry.lines[0]!.points.map((p) => [p.date, p.x]);
    expect(xs.map(([d]) => d)).toEqual(['2020-12', '2021', '2022-09']);
    expect(xs.map(([, x]) => x)).toEqual([...xs.map(([, x]) => x)].sort((a, b) => Number(a) - Number(b)));
    expect(dayOf('2021')).toBe(dayOf('2021-07-01'));
  });
  test('draws higher values higher, from a zero baseline, and labels each January inside the span', () => {
    const [a, b, c] = geometry.lines[0]!.points;
    expect(a!.y).toBeGreaterThan(b!.y);
    expect(b!.y).toBeGreaterThan(c!.y);
    expect(geometry.yTicks[0]).toMatchObject({ label: '0', y: geometry.plotBottom });
    expect(geometry.xTicks.map((t) => t.label)).toEqual(['2021', '2022']);
  });
});
