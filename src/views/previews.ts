/**
 * Link previews: for every entry a page links to, its title, kind and summary, emitted into the page as
 * JSON at build time. The preview script reads it; without JavaScript the links are plain links.
 */
import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/t';
import { splitKey, type EntryKey } from '../knowledge/graph';
import type { SiteGraph } from '../knowledge/site-graph';
import { linkTo } from './entry';

export interface Preview {
  /** Title. */
  t: string;
  /** Kind label. */
  k: string;
  /** Summary, if any. */
  s?: string;
  /** Fact checks: the verdict key and its word, drawn as a badge. */
  v?: string;
  vl?: string;
  /** Contradicted fact checks: the claim, shown beneath the truth and marked as the claim. */
  c?: string;
  /** The language of title, summary and claim when it is not the page's (an untranslated entry). */
  l?: string;
}

/**
 * Previews of the entries linked from the body, the metadata panel and the related list, keyed by URL.
 * The relation and mention lists already show each entry's summary, so they need none.
 */
export function previewsFor(site: SiteGraph, key: EntryKey, locale: Locale): Record<string, Preview> {
  const t = useTranslations(locale);
  const targets = new Set<EntryKey>([
    ...(site.graph.entries.get(key)?.linkTargets ?? []).filter((k): k is EntryKey => Boolean(k)),
    ...site.graph.refsOf(key).map((r) => r.target).filter((k) => !k.startsWith('sources/') && !k.startsWith('tags/')),
    // Related entries are listed by title only; their previews carry the summary.
    ...site.graph.relatedOf(key),
  ]);
  targets.delete(key);
  const out: Record<string, Preview> = {};
  for (const target of targets) {
    if (!site.entry(target)) continue;
    const link = linkTo(site, target, locale);
    out[link.href] = {
      t: link.title,
      k: t(`kind.${splitKey(target).collection}`),
      s: link.claimed ? undefined : link.summary,
      ...(link.verdict ? { v: link.verdict, vl: t(`verdict.${link.verdict}`) } : {}),
      ...(link.claimed ? { c: `${t('claim.label')} ${link.claimed}` } : {}),
      ...(link.lang ? { l: link.lang } : {}),
    };
  }
  return out;
}
