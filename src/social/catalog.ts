/**
 * Which social cards the site has and what each says: one per article (project, organisation, case,
 * guide, fact check) in English, and one per translated article in Chinese. Sources and tags are
 * reference pages, rarely shared: they get none (a third fewer cards on a cold build, docs/performance.md).
 *
 * Pure: it reads validated frontmatter only, so the build's card renderer (render-cards.ts, a process
 * of its own that loads content/ without Astro) and the site's pages (views/social.ts, through Astro's
 * collections) derive the same cards from the same rule.
 */
import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/t';
import { keyOf, splitKey, type EntryKey } from '../knowledge/graph';
import { entryCollections, type EntryCollection } from '../schemas';
import type { verdicts } from '../vocab';
import type { CardContent } from './card';

/** The frontmatter a card reads; Astro's entries and the checker's validated files both fit. */
export interface CardEntry {
  collection: string;
  id: string;
  data: {
    title?: string;
    verdict?: (typeof verdicts)[number];
    /** Projects: `{ org, role }`; cases and claims: plain references. */
    orgs?: ({ id: string } | { org: { id: string }; role: string })[];
  };
}

export interface CardSource {
  entry(key: EntryKey): CardEntry | undefined;
  /** The Chinese title of a translated entry. */
  zhTitle(key: EntryKey): string | undefined;
}

export interface PlannedCard {
  key: EntryKey;
  locale: Locale;
  /** Path under the site root: `og/projects/kitex.png`, `og/zh/projects/kitex.png`. */
  path: string;
  content: CardContent;
}

export const isCardCollection = (collection: string): collection is EntryCollection =>
  (entryCollections as readonly string[]).includes(collection);

/** `og/projects/kitex.png`, `og/zh/projects/kitex.png`: the card's file, relative to the site root. */
export const cardPath = (key: EntryKey, locale: Locale): string => `og/${locale === 'zh' ? 'zh/' : ''}${key}.png`;

/** Organisations named on the card: a project's originators, a case's or fact check's organisations. */
function orgIds(e: CardEntry): string[] {
  const ids = (e.data.orgs ?? []).flatMap((o) =>
    'org' in o ? (e.collection === 'projects' && o.role === 'originated' ? [o.org.id] : []) : e.collection === 'projects' ? [] : [o.id],
  );
  return [...new Set(ids)];
}

/** What the card of `key` says in `locale` (Chinese only for a translated entry). */
export function cardContentOf(source: CardSource, key: EntryKey, locale: Locale): CardContent {
  const e = source.entry(key);
  const t = useTranslations(locale);
  const { collection } = splitKey(key);
  const title = (locale === 'zh' ? source.zhTitle(key) : undefined) ?? e?.data.title ?? key;
  const verdict = e?.collection === 'claims' ? e.data.verdict : undefined;
  return {
    // A fact check's card leads with its verdict, as its page title does: a claim never reads as a fact.
    title: verdict ? t('claim.titled', { verdict: t(`verdict.${verdict}`), title: verdict === 'unverified' ? t('claim.noSourceFor', { headline: title }) : title }) : title,
    kind: t(`kind.${collection}`),
    org: e ? orgIds(e).map((id) => source.entry(keyOf('orgs', id))?.data.title ?? id).join(' · ') : '',
    site: t('site.name'),
  };
}

/** Every card of the site, English first. */
export function planCards(source: CardSource, entries: Iterable<CardEntry>): PlannedCard[] {
  const planned: PlannedCard[] = [];
  for (const e of entries) {
    if (!isCardCollection(e.collection)) continue;
    const key = keyOf(e.collection, e.id);
    for (const locale of source.zhTitle(key) === undefined ? (['en'] as const) : (['en', 'zh'] as const)) {
      planned.push({ key, locale, path: cardPath(key, locale), content: cardContentOf(source, key, locale) });
    }
  }
  return planned;
}
