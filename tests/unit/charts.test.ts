import { describe, expect, test } from 'vitest';
import { layoutBarChart } from '../../src/charts/bar-layout';
import { groupComparable, type ChartFigure } from '../../src/charts/group';
import { niceScale } from '../../src/charts/scale';
import { useTranslations } from '../../src/i18n/t';
import { chartTitle, formatTick } from '../../src/views/charts';
import { formatCondition } from '../../src/views/format';

const fig = (subject: string, value: number, extra: Partial<ChartFigure> = {}): ChartFigure => ({
  subject,
  metric: 'QPS',
  value,
  unit: 'qps',
  qualifier: 'exact',
  context: 'Protobuf suite; 4 CPUs',
  source: 'bench-pb',
  ...extra,
});
const c = (value: number) => ({ name: 'concurrency' as const, value });

describe('nice scales', () => {
  test.each([
    [410350.53, 500000, 100000],
    [251980.5, 300000, 100000],
    [30.59, 40, 10],
    [9.17, 10, 2],
    [1.05, 1.25, 0.25],
    [100, 100, 20],
    [0, 1, 1],
  ])('a maximum of %d gives an axis to %d in steps of %d', (max, axisMax, step) => {
    const s = niceScale(max);
    expect([s.max, s.step]).toEqual([axisMax, step]);
    expect(s.ticks[0]).toBe(0);
    expect(s.ticks.at(-1)).toBe(axisMax);
  });
});

describe('comparable figures', () => {
  test('with the same metric, unit and context share a chart: subjects as rows, conditions as bars', () => {
    const [group, ...rest] = groupComparable([
      fig('Kitex', 205161.64, { condition: c(1000) }),
      fig('Kitex', 204675.33, { condition: c(100) }),
      fig('arpc', 232090.86, { condition: c(100) }),
      fig('arpc', 244999.2, { condition: c(1000) }),
      fig('grpc-go', 103720.78, { condition: c(100) }),
    ]);
    expect(rest).toEqual([]);
    expect(group!.subjects).toEqual(['Kitex', 'arpc', 'grpc-go']);
    expect(group!.series).toEqual([c(100), c(1000)]);
    expect([...group!.cells].map(([s, row]) => [s, row.map((f) => f?.value)])).toEqual([
      ['Kitex', [204675.33, 205161.64]],
      ['arpc', [232090.86, 244999.2]],
      ['grpc-go', [103720.78, undefined]],
    ]);
  });

  test.each([
    ['a different metric', { metric: 'TP99 latency' }],
    ['a different unit', { unit: 'ms' as const }],
    ['a different context', { context: 'Thrift suite; 4 CPUs' }],
  ])('with %s go to a separate chart', (_, change) => {
    const groups = groupComparable([fig('a', 1), fig('b', 2), fig('a', 3, change), fig('b', 4, change)]);
    expect(groups.map((g) => g.subjects.length)).toEqual([2, 2]);
  });

  test('a figure with nothing to compare to is not charted', () => {
    expect(groupComparable([fig('a', 1), fig('b', 2, { metric: 'services' })])).toEqual([]);
  });

  test('list each source once, in first-use order', () => {
    const [g] = groupComparable([fig('a', 1, { source: 'x' }), fig('b', 2, { source: 'y' }), fig('c', 3, { source: 'x' })]);
    expect(g!.sources).toEqual(['x', 'y']);
  });
});

describe('bar chart layout', () => {
  const geometry = layoutBarChart(
    [
      { label: 'Kitex', bars: [{ series: 0, value: 250000, label: '250,000' }, { series: 1, value: 500000, label: '500,000' }] },
      { label: 'grpc-go', bars: [{ series: 0, value: 100000, label: '100,000' }, { series: 1, label: 'not measured' }] },
    ],
    (n) => `${n / 1000}k`,
  );

  test('scales bar widths to the axis, with the longest possible bar at 74% to leave room for its value', () => {
    expect(geometry.rows.map((r) => r.bars.map((b) => b.width))).toEqual([
      [37, 74],
      [14.8, 0],
    ]);
    expect(geometry.rows[0]!.bars.map((b) => b.labelX)).toEqual([37, 74]);
  });

  test('stacks rows without overlap and puts ticks, axis title and height below them', () => {
    const ys = geometry.rows.flatMap((r) => [r.labelY, ...r.bars.map((b) => b.y)]);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    const lastBar = geometry.rows.at(-1)!.bars.at(-1)!;
    expect(geometry.gridBottom).toBeGreaterThanOrEqual(lastBar.y + lastBar.height);
    expect(geometry.tickLabelY).toBeGreaterThan(geometry.gridBottom);
    expect(geometry.height).toBeGreaterThan(geometry.axisTitleY);
  });

  test('labels ticks from 0 to the nice maximum, the first anchored at the edge so it stays inside', () => {
    expect(geometry.ticks.map((t) => [t.x, t.label, t.anchor])).toEqual([
      [0, '0k', 'start'],
      [14.8, '100k', 'middle'],
      [29.6, '200k', 'middle'],
      [44.4, '300k', 'middle'],
      [59.2, '400k', 'middle'],
      [74, '500k', 'middle'],
    ]);
  });
});

describe('chart labels', () => {
  test.each([
    ['QPS', 'qps', 'QPS'],
    ['TP99 latency', 'ms', 'TP99 latency (ms)'],
    ['share of services covered', 'percent', 'share of services covered (%)'],
    ['requests', 'count', 'requests'],
  ] as const)('%s in %s is titled %s', (metric, unit, title) => {
    expect(chartTitle(metric, unit)).toBe(title);
  });

  test('a Chinese chart title puts its unit in full-width brackets', () => {
    expect(chartTitle('接入 Kitex 的服务数', 'services', 'zh')).toBe('接入 Kitex 的服务数（个服务）');
  });

  test.each([
    ['en', 410000, '410k'],
    ['zh', 410000, '41万'],
    ['en', 2.5, '2.5'],
  ] as const)('ticks in %s: %d → %s', (locale, n, text) => {
    expect(formatTick(n, locale)).toBe(text);
  });

  test('conditions read naturally in both languages', () => {
    expect(formatCondition(c(1000), 'en', useTranslations('en'))).toBe('concurrency 1,000');
    expect(formatCondition(c(1000), 'zh', useTranslations('zh'))).toBe('并发 1,000');
  });
});
