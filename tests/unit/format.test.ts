import { describe, expect, test } from 'vitest';
import { formatFigure, formatPartialDate } from '../../src/views/format';

describe('dates', () => {
  test.each([
    ['2022-08-26', 'en', '26 Aug 2022'],
    ['2022-08', 'en', 'Aug 2022'],
    ['2022', 'en', '2022'],
    ['2022-08-26', 'zh', '2022年8月26日'],
  ] as const)('%s in %s reads %s', (value, locale, expected) => {
    expect(formatPartialDate(value, locale)).toBe(expected);
  });
});

describe('figures', () => {
  test.each([
    [{ value: 228437, unit: 'qps', qualifier: 'exact' }, '228,437 QPS'],
    [{ value: 0.94, unit: 'ms', qualifier: 'exact' }, '0.94 ms'],
    [{ value: 50000, unit: 'services', qualifier: 'at-least' }, '50,000+ services'],
    [{ value: 90, unit: 'percent', qualifier: 'at-least' }, '90+%'],
    [{ value: 30, unit: 'percent', qualifier: 'approx' }, '~30%'],
  ] as const)('%o reads %s', (figure, expected) => {
    expect(formatFigure(figure, 'en')).toBe(expected);
  });

  test.each([
    [{ value: 50000, unit: 'services', qualifier: 'at-least' }, '50,000+ 个服务'],
    [{ value: 0.94, unit: 'ms', qualifier: 'exact' }, '0.94 ms'],
    [{ value: 20000000, unit: 'rpm', qualifier: 'at-least' }, '20,000,000+ 次请求/分钟'],
  ] as const)('on a Chinese page %o reads %s, with the unit in Chinese', (figure, expected) => {
    expect(formatFigure(figure, 'zh')).toBe(expected);
  });
});
