import { describe, expect, test } from 'vitest';
import { collectionUrl, entryUrl, homeUrl, routeParam, tagUrl, type SiteUrl } from '../../src/i18n/urls';

describe('site URLs', () => {
  test.each([
    [homeUrl('en'), '/'],
    [homeUrl('zh'), '/zh/'],
    [collectionUrl('projects'), '/projects/'],
    [collectionUrl('claims', 'zh'), '/zh/claims/'],
    [entryUrl('projects', 'kitex'), '/projects/kitex/'],
    [entryUrl('projects', 'kitex', 'zh'), '/zh/projects/kitex/'],
    [entryUrl('guides', 'gogc-gomemlimit', 'en', 'gomemlimit'), '/guides/gogc-gomemlimit/#gomemlimit'],
    [tagUrl('rpc'), '/tags/rpc/'],
  ])('%s is %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('route parameters', () => {
  test.each([
    ['/', undefined],
    ['/zh/', 'zh'],
    ['/projects/kitex/', 'projects/kitex'],
    ['/zh/projects/kitex/', 'zh/projects/kitex'],
  ] as const)('%s routes as %s', (url, param) => {
    expect(routeParam(url as SiteUrl)).toBe(param);
  });
});
