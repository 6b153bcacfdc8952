import { describe, expect, test } from 'vitest';
import { claimLink, claimView } from '../../src/views/claims';
import { useTranslations } from '../../src/i18n/t';

type Entry = Parameters<typeof claimLink>[0];
const claim = (verdict: 'confirmed' | 'contradicted' | 'unverified', extra: Record<string, unknown> = {}): Entry =>
  ({
    id: 'x',
    collection: 'claims',
    data: {
      headline: verdict === 'contradicted' ? 'etcd’s maxInflightMsgs is 512, not 256' : 'Douyin’s GC figures',
      title: 'ignored',
      statement: 'etcd’s default maxInflightMsgs is 256.',
      circulated: { language: 'zh', medium: 'blog-post' },
      verdict,
      correction: verdict === 'contradicted' ? 'etcd defines maxInflightMsgs as 4096 / 8, which is 512.' : undefined,
      searched: verdict === 'unverified' ? 'ByteDance’s blog and talks' : undefined,
      assessment: verdict === 'unverified' ? 'invented' : undefined,
      projects: [],
      orgs: [],
      figures: [],
      sources: [],
      checked: '2026-12-01',
      ...extra,
    },
  }) as unknown as Entry;

describe('a fact check in a list, link or card', () => {
  test('a contradicted claim leads with what is true; the statement comes beneath, as the claim', () => {
    const link = claimLink(claim('contradicted'), undefined, 'en');
    expect(link.title).toBe('etcd’s maxInflightMsgs is 512, not 256');
    expect(link.fullTitle).toBe('Contradicted: etcd’s maxInflightMsgs is 512, not 256');
    expect(link.claimed).toBe('etcd’s default maxInflightMsgs is 256.');
    expect(link.summary).toBe('etcd defines maxInflightMsgs as 4096 / 8, which is 512.');
  });

  test('an unverified claim says that no public source supports it, and never shows the statement', () => {
    const link = claimLink(claim('unverified'), undefined, 'en');
    expect(link.title).toBe('No public source for: Douyin’s GC figures');
    expect(link.claimed).toBeUndefined();
    expect(link.summary).not.toContain('256');
    expect(claimLink(claim('unverified'), undefined, 'zh').title).toBe('无公开来源：Douyin’s GC figures');
  });

  test('a Chinese page uses the translation’s own headline and statement', () => {
    const translation = { id: 'claims/x.zh', data: { headline: 'etcd 的 maxInflightMsgs 是 512', title: 'etcd 的 maxInflightMsgs 是 512', statement: 'etcd 默认 maxInflightMsgs 为 256。', correction: 'etcd 把它定义为 4096 / 8，即 512。', summary: undefined } };
    const link = claimLink(claim('contradicted'), translation as never, 'zh');
    expect(link.title).toBe('etcd 的 maxInflightMsgs 是 512');
    expect(link.fullTitle).toBe('不实：etcd 的 maxInflightMsgs 是 512');
    expect(link.claimed).toBe('etcd 默认 maxInflightMsgs 为 256。');
  });
});

describe('the verdict box of a fact check', () => {
  const t = useTranslations('en');
  test('says where the claim circulated, and that there is no public copy to link', () => {
    expect(claimView(claim('contradicted').data, undefined, 'en', t).circulated).toBe(
      'Circulated in Chinese-language blog posts, undated; no public copy that Atlas can cite.',
    );
    expect(claimView(claim('contradicted', { circulated: { language: 'en', medium: 'talk', date: '2024-05' } }).data, undefined, 'en', t).circulated).toBe(
      'Circulated in English-language talks, May 2024; no public copy that Atlas can cite.',
    );
  });
  test('shows what is true only for a contradicted claim, and what was searched only for an unverified one', () => {
    expect(claimView(claim('contradicted').data, undefined, 'en', t)).toMatchObject({ truth: 'etcd defines maxInflightMsgs as 4096 / 8, which is 512.', searched: undefined });
    expect(claimView(claim('unverified').data, undefined, 'en', t)).toMatchObject({
      truth: undefined,
      searched: 'ByteDance’s blog and talks',
      assessment: 'Looks invented: its names or numbers have no trace in any public source.',
    });
  });
});
