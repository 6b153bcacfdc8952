/**
 * The view model of an entry page: everything the page shows, computed from the graph, so the
 * `.astro` components only render. One function per concern, composed by `entryPageView` (entry-page.ts).
 */
import type { CollectionEntry } from 'astro:content';
import { partLang, type Locale } from '../i18n/locales';
import { useTranslations, type Translate, type UiKey } from '../i18n/t';
import { entryUrl, type SiteUrl } from '../i18n/urls';
import { keyOf, splitKey, type EntryKey } from '../knowledge/graph';
import { relationLabels } from '../knowledge/relations';
import type { AnyEntry, SiteGraph } from '../knowledge/site-graph';
import { referenceAnchor } from '../markdown/citations';
import { entryCollections, type AtlasCollection } from '../schemas';
import { claimLink, type Verdict } from './claims';
import { sourceDates } from './source-dates';
import type { FigureData } from '../schemas/figure';
import { sourceTitleLocale } from '../schemas/source';
import { tagText } from '../schemas/tag';
import { formatCondition, formatFigure, formatPartialDate } from './format';

export interface LinkItem {
  href: SiteUrl;
  /** What the link says. For a fact check, its truth-first headline ("No public source for: …" when unverified). */
  title: string;
  /** The title with the verdict in words, for places that cannot show a badge (the page title, feeds, previews). */
  fullTitle?: string;
  summary?: string;
  /** A short label beside the link (the kind of a related entry). */
  note?: string;
  /** Fact checks only: the verdict, drawn as a badge (word, icon and colour). */
  verdict?: Verdict;
  /** Contradicted fact checks only: the statement as it circulated, shown beneath the truth and marked as the claim. */
  claimed?: string;
  /** The language of the title and summary when it is not the page's (an untranslated entry on a Chinese page). */
  lang?: string;
}
export interface MetaItem {
  text: string;
  href?: string;
}
export interface MetaRow {
  label: string;
  items: MetaItem[];
}
export interface LinkGroup {
  label: string;
  items: LinkItem[];
}
export interface ReferenceItem {
  n: number;
  anchor: string;
  title: string;
  url: string;
  publisher: string;
  author?: string;
  /** "published 2 Aug 2022", or "version of … (commit)" (views/source-dates.ts). */
  published: string;
  accessed: string;
  archive: string;
  page: SiteUrl;
  /** The accessible name of the link to the source's own page ("…: source entry"). */
  pageLabel: string;
  /** The language of the title when it is not the page's. */
  lang?: string;
}
export interface FigureRow {
  subject: string;
  metric: string;
  /** The value at a readable precision, e.g. "228,437 QPS". */
  value: string;
  /** The value as recorded, e.g. "228,436.88 QPS" (shown on hover and to screen readers when it differs). */
  exact: string;
  /** The condition that varies between runs, e.g. "concurrency 1,000". */
  condition?: string;
  /** The date the value holds for, when the source gives one. */
  asOf?: string;
  source: { n: number; anchor: string };
}

/** Figures measured under the same conditions: the conditions are said once, above their rows. */
export interface FigureGroup {
  context: string;
  rows: FigureRow[];
  /** The language of the wording (context, subjects, metrics) when it is not the page's. */
  textLang?: string;
}

/** The language an entry's title and summary are written in: a source's title shows its own, anything else is the translation's or the English. */
function textLocaleOf(e: AnyEntry | undefined, fallback: Locale): Locale {
  return e?.collection === 'sources' ? sourceTitleLocale((e.data as CollectionEntry<'sources'>['data']).title) : fallback;
}

export function linkTo(site: SiteGraph, key: EntryKey, locale: Locale): LinkItem {
  const { collection, id } = splitKey(key);
  const e = site.entry(key);
  const href = entryUrl(collection, id, locale);
  const t = locale === 'zh' ? site.translation(key) : undefined;
  if (e?.collection === 'claims') {
    return { href, ...claimLink(e as CollectionEntry<'claims'>, t, locale), lang: partLang(t ? locale : 'en', locale) };
  }
  if (e?.collection === 'tags') {
    const { label, description } = tagText((e as CollectionEntry<'tags'>).data, locale);
    return { href, title: label, fullTitle: label, summary: description };
  }
  const summary = t?.data.summary ?? (e && 'summary' in e.data ? (e.data.summary as string) : undefined);
  const title = t?.data.title ?? site.titleOf(key);
  return { href, title, fullTitle: title, summary, lang: partLang(textLocaleOf(e, t ? locale : 'en'), locale) };
}

export function referencesOf(site: SiteGraph, key: EntryKey, locale: Locale): ReferenceItem[] {
  const t = useTranslations(locale);
  return site.graph.referencesOf(key).map((sourceKey, i) => {
    const s = site.entry(sourceKey) as CollectionEntry<'sources'>;
    const dates = sourceDates(s.data, locale, t);
    return {
      n: i + 1,
      anchor: referenceAnchor(s.id),
      title: s.data.title,
      url: s.data.url,
      publisher: s.data.publisher,
      author: s.data.author,
      published: dates.dated,
      accessed: dates.accessed,
      archive: dates.archive,
      page: entryUrl('sources', s.id, locale),
      pageLabel: t('references.sourcePage', { title: s.data.title }),
      lang: partLang(sourceTitleLocale(s.data.title), locale),
    };
  });
}

export function relationsOf(site: SiteGraph, key: EntryKey, locale: Locale, t: Translate): LinkGroup[] {
  const groups = new Map<string, LinkItem[]>();
  for (const r of site.graph.relationsOf(key)) {
    const label = t(relationLabels[r.kind][r.declared ? 'forward' : 'inverse']);
    groups.set(label, [...(groups.get(label) ?? []), linkTo(site, r.other, locale)]);
  }
  return [...groups].map(([label, items]) => ({ label, items }));
}

/** Entries grouped by kind ("Case studies", "Guides"…), in the order of the header. */
export function groupByCollection(site: SiteGraph, keys: EntryKey[], locale: Locale, t: Translate): LinkGroup[] {
  return entryCollections
    .map((c) => ({
      label: t(`collection.${c}`),
      items: keys.filter((k) => k.startsWith(`${c}/`)).map((k) => linkTo(site, k, locale)),
    }))
    .filter((g) => g.items.length);
}

export function figuresOf(figures: FigureData[], refs: ReferenceItem[], locale: Locale, t: Translate, textLang?: string): FigureGroup[] {
  const bySource = new Map(refs.map((r) => [r.anchor, r]));
  const groups = new Map<string, FigureGroup>();
  for (const f of figures) {
    const anchor = referenceAnchor(f.source.id);
    let group = groups.get(f.context);
    if (!group) groups.set(f.context, (group = { context: f.context, rows: [], textLang }));
    group.rows.push({
      subject: f.subject,
      metric: f.metric,
      value: formatFigure({ ...f, value: readable(f.value) }, locale),
      exact: formatFigure(f, locale),
      condition: f.condition ? formatCondition(f.condition, locale, t) : undefined,
      asOf: f.asOf ? formatPartialDate(f.asOf, locale) : undefined,
      source: { n: bySource.get(anchor)!.n, anchor },
    });
  }
  return [...groups.values()];
}

/** A value as a reader takes it in: whole numbers from 100 up (228,436.88 → 228,437), two decimals below. The exact value stays in the data and the cell's title. */
export const readable = (v: number) => (Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 100) / 100);

/** Each organisation once, with all its roles: "ByteDance (originated, uses)". */
function orgsWithRoles(site: SiteGraph, orgs: CollectionEntry<'projects'>['data']['orgs'], locale: Locale, t: Translate): MetaItem[] {
  const roles = new Map<string, string[]>();
  for (const o of orgs) roles.set(o.org.id, [...(roles.get(o.org.id) ?? []), t(`orgRole.${o.role}`).toLowerCase()]);
  return [...roles].map(([id, list]) => {
    const l = linkTo(site, keyOf('orgs', id), locale);
    return { href: l.href, text: `${l.title} (${[...new Set(list)].join(', ')})` };
  });
}

/** "v0.16.3 · 9 Jul 2026", linked to the release page the entry cites. */
function releaseItem(site: SiteGraph, release: NonNullable<CollectionEntry<'projects'>['data']['release']>, locale: Locale): MetaItem {
  const source = site.entry(keyOf('sources', release.source.id)) as CollectionEntry<'sources'> | undefined;
  return { text: `${release.version} · ${formatPartialDate(release.date, locale)}`, href: source?.data.url };
}

function items(site: SiteGraph, keys: EntryKey[], locale: Locale): MetaItem[] {
  return keys.map((k) => {
    const l = linkTo(site, k, locale);
    return { text: l.title, href: l.href };
  });
}

/** The metadata panel: one row per typed field worth showing, per kind. */
export function metaOf(site: SiteGraph, entry: AnyEntry, locale: Locale, t: Translate): MetaRow[] {
  const row = (label: UiKey, list: MetaItem[]): MetaRow[] => (list.length ? [{ label: t(label), items: list }] : []);
  const text = (s: string | undefined) => (s ? [{ text: s }] : []);
  const refs = (list: { collection: AtlasCollection; id: string }[]) =>
    items(site, list.map((r) => keyOf(r.collection, r.id)), locale);
  switch (entry.collection) {
    case 'projects': {
      const d = entry.data as CollectionEntry<'projects'>['data'];
      return [
        ...row('meta.repository', [{ text: d.repository, href: `https://github.com/${d.repository}` }]),
        ...row('meta.homepage', [{ text: new URL(d.homepage).host, href: d.homepage }]),
        ...row('meta.languages', d.languages.map((l) => ({ text: t(`implLanguage.${l}`) }))),
        ...row('meta.license', text(d.license)),
        ...row('meta.category', text(t(`category.${d.category}`))),
        ...row('meta.status', text(t(`status.${d.status}`))),
        ...row('meta.release', d.release ? [releaseItem(site, d.release, locale)] : []),
        ...row('meta.checked', text(formatPartialDate(d.checked, locale))),
        ...row('meta.orgs', orgsWithRoles(site, d.orgs, locale, t)),
      ];
    }
    case 'orgs': {
      const d = entry.data as CollectionEntry<'orgs'>['data'];
      return [
        ...row('meta.website', [{ text: new URL(d.website).host, href: d.website }]),
        ...row('meta.country', text(d.country)),
        ...row('meta.orgKind', text(t(`orgKind.${d.kind}`))),
      ];
    }
    case 'cases': {
      const d = entry.data as CollectionEntry<'cases'>['data'];
      const period = `${formatPartialDate(d.period.from, locale)} – ${d.period.to ? formatPartialDate(d.period.to, locale) : t('meta.ongoing')}`;
      return [
        ...row('meta.orgs', refs(d.orgs)),
        ...row('meta.projects', refs(d.projects)),
        ...row('meta.period', text(period)),
        ...row('meta.updated', text(formatPartialDate(d.updated, locale))),
      ];
    }
    case 'guides': {
      const d = entry.data as CollectionEntry<'guides'>['data'];
      return [
        ...row('meta.level', text(t(`level.${d.level}`))),
        ...row('meta.goVersion', text(`Go ${d.goVersion}+`)),
        ...row('meta.projects', refs(d.projects)),
        ...row('meta.updated', text(formatPartialDate(d.updated, locale))),
      ];
    }
    case 'claims': {
      const d = entry.data as CollectionEntry<'claims'>['data'];
      return [
        // The verdict is the badge beside the headline and in the verdict box, not a row here.
        ...row('meta.projects', refs(d.projects)),
        ...row('meta.orgs', refs(d.orgs)),
        ...row('meta.checked', text(formatPartialDate(d.checked, locale))),
        ...row('claim.ledger', text(d.ledgerId)),
      ];
    }
    case 'sources': {
      const d = entry.data as CollectionEntry<'sources'>['data'];
      return [
        ...row('meta.link', [{ text: d.url, href: d.url }]),
        ...row('meta.publisher', text(d.publisher)),
        ...row('meta.author', text(d.author)),
        ...row('meta.published', text(sourceDates(d, locale, t).dated)),
        ...row('meta.accessed', [{ text: formatPartialDate(d.accessed, locale) }, { text: t('source.archived'), href: sourceDates(d, locale, t).archive }]),
        ...row('meta.language', text(d.language)),
        ...row('meta.sourceKind', text(t(`sourceKind.${d.kind}`))),
      ];
    }
    default:
      return [];
  }
}

export function tagsOf(site: SiteGraph, entry: AnyEntry, locale: Locale): LinkItem[] {
  const tags = ('tags' in entry.data ? entry.data.tags : []) as { id: string }[];
  return tags.map((tag) => linkTo(site, keyOf('tags', tag.id), locale));
}

/** A page that cites a source, with each sentence that does, linked to its marker on that page. */
export interface CitingPage {
  page: LinkItem;
  sentences: { text: string; href: string }[];
  /** The sentences are the English pages': marked so on a Chinese page. */
  sentencesLang?: string;
}

/**
 * "Cited by" on a source's page: the sentences that cite it, page by page. The sentences are the English
 * pages' (the knowledge graph reads the originals), so they link to the English page's markers.
 */
export function citingPagesOf(site: SiteGraph, key: EntryKey, locale: Locale): CitingPage[] {
  const byPage = new Map<EntryKey, { text: string; href: string }[]>();
  for (const c of site.graph.citingSentences(key)) {
    const { collection, id } = splitKey(c.from);
    const list = byPage.get(c.from) ?? [];
    list.push({ text: c.sentence, href: `${entryUrl(collection, id, 'en')}#${c.anchor}` });
    byPage.set(c.from, list);
  }
  return [...byPage].map(([from, sentences]) => ({ page: linkTo(site, from, locale), sentences, sentencesLang: partLang('en', locale) }));
}
