/**
 * The entry page's view model: one small function per part of the page (header, body, history, the link
 * lists, the pager, the table of contents…), each over the same `PageContext`, composed by `entryPageView`.
 * The lists themselves (meta panel, relations, references, figures) are built by the functions in `entry.ts`.
 */
import type { CollectionEntry } from 'astro:content';
import { contentRoot } from '../content-files/layout';
import { defaultLocale, htmlLang, partLang, type Locale } from '../i18n/locales';
import type { Translate } from '../i18n/t';
import { collectionUrl, homeUrl, type SiteUrl } from '../i18n/urls';
import { lastCommitDates } from '../knowledge/git-dates';
import { keyOf, splitKey, type EntryKey } from '../knowledge/graph';
import type { AnyEntry, SiteGraph, TranslationEntry } from '../knowledge/site-graph';
import { entryCollections, type AtlasCollection } from '../schemas';
import { tagText } from '../schemas/tag';
import { site as siteConfig } from '../site.config';
import {
  citingPagesOf,
  figuresOf,
  groupByCollection,
  linkTo,
  metaOf,
  referencesOf,
  relationsOf,
  tagsOf,
  type CitingPage,
  type FigureGroup,
  type LinkGroup,
  type LinkItem,
  type MetaRow,
  type ReferenceItem,
} from './entry';
import { bodyFeatures, type BodyFeatures } from './body-features';
import { claimView, type ClaimView, type Verdict } from './claims';
import { chartsOf, type ChartView, type TimeChartView } from './charts';
import { figureDataOf } from './figure-data';
import { formatPartialDate } from './format';
import { readingMinutes } from './reading-time';
import { searchRecordOf, type SearchRecord } from './search-record';
import { tableOfContents, type TocItem } from './toc';
import { cardUrl } from './social';
import path from 'node:path';

/** The h1 and what surrounds it: kind, breadcrumbs, lede, and the verdict of a fact check. */
export interface EntryHeaderView {
  /** The h1: for a fact check, its truth-first headline (the verdict is drawn beside it). */
  title: string;
  /** The document title: the h1, with the verdict in words for a fact check. */
  pageTitle: string;
  /** Fact checks only. */
  verdict?: Verdict;
  /** Projects whose main language is not Go: said at the top of the page ("Not written in Go: C++"). */
  notGo?: string;
  /** The lede under the h1 (none for a fact check: its verdict box says it). */
  summary?: string;
  /** The page's meta description: the summary, or for a fact check what is true. */
  description?: string;
  kindLabel: string;
  breadcrumbs: { href: SiteUrl; text: string }[];
  /** The language of the h1 and lede when it is not the page's (an untranslated entry, a Chinese source). */
  headerLang?: string;
}

/** The text of the page and what it needs to be read. */
export interface EntryTextView extends BodyFeatures {
  /** What to render as the body: the translation on a translated Chinese page, else the entry. */
  body?: AnyEntry | TranslationEntry;
  /** Language of the body text (English on an untranslated Chinese page). */
  bodyLang: string;
  /** Shown on a Chinese page whose entry has no translation yet. */
  untranslatedNote?: string;
  tagDescription?: string;
  readingTime?: string;
}

/** Where the page's file lives in the repository, and when it last changed. */
export interface EntryHistoryView {
  updated?: string;
  /** The file's history in the repository: what "last updated" links to. */
  historyUrl?: string;
  editUrl?: string;
}

/** The sections after the body that the table of contents lists when they are there. */
export interface EntrySectionsView {
  /** Corrections to the published page, newest first. */
  corrections: { date: string; note: string }[];
  references: ReferenceItem[];
  figures: FigureGroup[];
  /** Comparable figures drawn as bar charts. */
  charts: (ChartView | TimeChartView)[];
}

/** A source's or a tag's list of the entries that use it. */
export interface EntryUsedByView {
  /** For sources: the entries that cite it; for tags: the entries that carry it. */
  usedBy: LinkGroup[];
  /** Sources: the sentences that cite it, page by page. */
  citing: CitingPage[];
  usedByHeading: string;
}

export interface EntryPageView extends EntryHeaderView, EntryTextView, EntryHistoryView, EntrySectionsView, EntryUsedByView {
  key: EntryKey;
  collection: AtlasCollection;
  meta: MetaRow[];
  relations: LinkGroup[];
  mentions: LinkGroup[];
  related: LinkGroup[];
  tags: LinkItem[];
  claim?: ClaimView;
  previous?: LinkItem;
  next?: LinkItem;
  /** What the search index records for this page; undefined keeps the page out of the index. */
  search?: SearchRecord;
  toc(headings: { depth: number; slug: string; text: string }[]): TocItem[];
  /** Social card image URL; articles only (sources and tags have none). */
  card?: string;
}

/** What every part of the page is computed from. */
export interface PageContext {
  site: SiteGraph;
  key: EntryKey;
  entry: AnyEntry;
  locale: Locale;
  t: Translate;
  /** The translation a Chinese page shows, when there is one. */
  translation?: TranslationEntry;
  /** The entry has a Markdown body (in English). */
  hasBody: boolean;
  /** The file whose text the page shows: the translation's on a translated Chinese page, else the entry's. */
  bodyFile?: string;
  /**
   * The language the entry's own texts (body, headings, figure wording) are shown in: the page's when it is
   * English or translated, else English (an untranslated Chinese page shows the original).
   */
  textLocale: Locale;
}

/** The entry, the translation the page shows and the file its text comes from, looked up once. */
export function pageContext(site: SiteGraph, key: EntryKey, locale: Locale, t: Translate): PageContext {
  const entry = site.entry(key)!;
  const translation = locale === 'zh' ? site.translation(key) : undefined;
  const file = entry.filePath ? path.resolve(entry.filePath) : undefined;
  const bodyFile = translation?.filePath ? path.resolve(translation.filePath) : file;
  const textLocale = translation || locale === defaultLocale ? locale : defaultLocale;
  return { site, key, entry, locale, t, translation, hasBody: Boolean(site.bodyOf(entry).trim()), bodyFile, textLocale };
}

/** A file's page in the repository: `edit` to change it, `commits` for its history. */
function repositoryUrl(kind: 'edit' | 'commits', file: string): string {
  return `https://github.com/${siteConfig.repository}/${kind}/${siteConfig.branch}/${path.relative(process.cwd(), file).split(path.sep).join('/')}`;
}

/** The page's corrections, newest first, dates in the page's language. */
/** Corrections are written once, in English: marked so on a Chinese page. */
export function correctionsOf({ entry, locale }: PageContext): { date: string; note: string; lang?: string }[] {
  const list = 'corrections' in entry.data ? (entry.data.corrections as { date: string; note: string }[]) : [];
  return [...list]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((c) => ({ date: formatPartialDate(c.date, locale), note: c.note, lang: partLang('en', locale) }));
}

/** "Not written in Go: C++" for a project whose main language is another one. */
function notGoOf(entry: AnyEntry, t: Translate): string | undefined {
  if (entry.collection !== 'projects') return undefined;
  const main = (entry as CollectionEntry<'projects'>).data.languages[0]!;
  return main === 'go' ? undefined : t('project.notGo', { language: t(`implLanguage.${main}`) });
}

/** Position of each entry in its collection's list, computed once per list (a scan per page would be quadratic). */
const positions = new WeakMap<readonly { id: string }[], Map<string, number>>();

/** Index of `id` in `list` (-1 when absent), from a map built on first use; `list` must not change afterwards. */
export function positionIn(list: readonly { id: string }[], id: string): number {
  let map = positions.get(list);
  if (!map) positions.set(list, (map = new Map(list.map((e, i) => [e.id, i]))));
  return map.get(id) ?? -1;
}

/** The pager: the entries before and after this one in its collection, in title order. */
export function neighboursOf({ site, entry, locale }: PageContext): { previous?: LinkItem; next?: LinkItem } {
  const list = site.list(entry.collection);
  const i = positionIn(list, entry.id);
  const at = (j: number) => (list[j] ? linkTo(site, keyOf(entry.collection, list[j]!.id), locale) : undefined);
  return { previous: at(i - 1), next: at(i + 1) };
}

/** Up to five entries sharing projects or tags, leaving out those the page lists already (mentions, relations, users). */
export function relatedOf({ site, key, locale, t }: PageContext, usedBy: EntryKey[]): { related: LinkGroup[] } {
  const shown = new Set<EntryKey>([...site.graph.mentionedIn(key), ...site.graph.relationsOf(key).map((r) => r.other), ...usedBy]);
  const related = site.graph
    .relatedOf(key, 5 + shown.size)
    .filter((k) => !shown.has(k))
    .slice(0, 5)
    // Titles and kinds only: hovering one shows its summary (link previews), which keeps the page light.
    .map((k) => ({ ...linkTo(site, k, locale), summary: undefined, note: t(`kind.${splitKey(k).collection}`) }));
  return {
    related: related.length ? [{ label: t('related.label'), items: related }] : [],
  };
}

/** The h1 in the page's language, the kind, the breadcrumbs and the page's title and description. */
export function headerOf({ site, key, entry, locale, t }: PageContext): EntryHeaderView {
  const self = linkTo(site, key, locale);
  return {
    title: self.title,
    pageTitle: self.fullTitle ?? self.title,
    verdict: self.verdict,
    notGo: notGoOf(entry, t),
    summary: entry.collection === 'claims' ? undefined : self.summary,
    description: self.summary,
    kindLabel: t(`kind.${entry.collection}`),
    headerLang: self.lang,
    breadcrumbs: [
      { href: homeUrl(locale), text: t('nav.home') },
      { href: collectionUrl(entry.collection, locale), text: t(`collection.${entry.collection}`) },
    ],
  };
}

/** Which text the body shows and in which language, how long it takes to read, and which browser tools it needs. */
export function textOf({ site, entry, locale, t, translation, hasBody, bodyFile, textLocale }: PageContext): EntryTextView {
  return {
    body: translation ?? (hasBody ? entry : undefined),
    bodyLang: htmlLang[textLocale],
    untranslatedNote: locale === 'zh' && hasBody && !translation ? t('translation.missing') : undefined,
    tagDescription: entry.collection === 'tags' ? tagText((entry as CollectionEntry<'tags'>).data, locale).description : undefined,
    readingTime: hasBody
      ? t('entry.readingTime', { minutes: readingMinutes(site.bodyOf(translation ?? entry)) })
      : undefined,
    ...bodyFeatures(hasBody || translation ? site.bodyOf(translation ?? entry) : undefined, bodyFile?.endsWith('.mdx') ? 'mdx' : 'md'),
  };
}

/** "Last updated" from git, and the links to edit the file shown and to read its history. */
export function historyOf({ locale, bodyFile }: PageContext): EntryHistoryView {
  const updated = bodyFile ? lastCommitDates(contentRoot()).get(bodyFile) : undefined;
  return {
    updated: updated ? formatPartialDate(updated, locale) : undefined,
    editUrl: bodyFile ? repositoryUrl('edit', bodyFile) : undefined,
    historyUrl: bodyFile ? repositoryUrl('commits', bodyFile) : undefined,
  };
}

/** Corrections, references, figures and charts: the references first, since figures and charts cite them by number. */
export function sectionsOf(c: PageContext): EntrySectionsView {
  const { site, key, entry, locale, t, translation } = c;
  const references = referencesOf(site, key, locale);
  const figures = figureDataOf(entry, translation);
  // A translation words its figures (figureText); an untranslated page shows the original's English.
  const figureLang = partLang(c.textLocale, locale);
  return {
    corrections: correctionsOf(c),
    references,
    figures: figuresOf(figures, references, locale, t, figureLang),
    charts: chartsOf(figures, references, locale, t, figureLang),
  };
}

/** Entries that link to or reference this one, by kind; an entry already listed under Relations is not listed again. */
export function mentionsOf({ site, key, locale, t }: PageContext): LinkGroup[] {
  return groupByCollection(site, site.graph.mentionedIn(key).filter((k) => !site.graph.relationsOf(key).some((r) => r.other === k)), locale, t);
}

/** The entries that use a source (cite or list it) or carry a tag; none for other kinds. */
export function usersOf({ site, key, entry }: PageContext): EntryKey[] {
  return entry.collection === 'sources' ? site.graph.citedBy(key) : entry.collection === 'tags' ? site.graph.taggedWith(key) : [];
}

/** A source lists the sentences that cite it; pages that only list it (frontmatter) follow, apart. A tag lists its entries. */
export function usedByOf(c: PageContext, usedBy: EntryKey[]): EntryUsedByView {
  const { site, key, entry, locale, t } = c;
  const citing = entry.collection === 'sources' ? citingPagesOf(site, key, locale) : [];
  const quoted = new Set(site.graph.citingSentences(key).map((s) => s.from));
  const rest = citing.length ? usedBy.filter((k) => !quoted.has(k)) : usedBy;
  return {
    citing,
    usedBy: groupByCollection(site, rest, locale, t),
    usedByHeading: t(citing.length ? 'citedBy.alsoListed' : entry.collection === 'sources' ? 'citedBy.heading' : 'tags.taggedHeading'),
  };
}

/** A fact check's verdict box, in the page's language. */
export function claimOf({ entry, translation, locale, t }: PageContext): ClaimView | undefined {
  return entry.collection === 'claims' ? claimView((entry as CollectionEntry<'claims'>).data, translation, locale, t) : undefined;
}

/** The body's headings, then the sections after the body that the page has, in the order it shows them. */
export function tocOf({ t, locale, textLocale }: PageContext, sections: EntrySectionsView): EntryPageView['toc'] {
  return (headings) =>
    tableOfContents(headings, partLang(textLocale, locale), [
      { slug: 'charts', text: t('charts.heading'), present: sections.charts.length > 0 },
      { slug: 'figures', text: t('figures.heading'), present: sections.figures.length > 0 },
      { slug: 'corrections', text: t('corrections.heading'), present: sections.corrections.length > 0 },
      { slug: 'references', text: t('references.heading'), present: sections.references.length > 0 },
    ]);
}

/** The social card: articles only (sources and tags have none). */
export function cardOf({ site, key, entry, locale }: PageContext): string | undefined {
  return (entryCollections as readonly string[]).includes(entry.collection) ? cardUrl(site, key, locale) : undefined;
}

/** The whole view of an entry page in `locale`: the parts above, over one context. */
export function entryPageView(site: SiteGraph, key: EntryKey, locale: Locale, t: Translate): EntryPageView {
  const c = pageContext(site, key, locale, t);
  const sections = sectionsOf(c);
  const usedBy = usersOf(c);
  return {
    key,
    collection: c.entry.collection,
    ...headerOf(c),
    ...textOf(c),
    ...historyOf(c),
    ...sections,
    meta: metaOf(site, c.entry, locale, t),
    relations: relationsOf(site, key, locale, t),
    mentions: mentionsOf(c),
    ...usedByOf(c, usedBy),
    ...relatedOf(c, usedBy),
    tags: tagsOf(site, c.entry, locale),
    claim: claimOf(c),
    ...neighboursOf(c),
    search: searchRecordOf(site, key, locale, t),
    toc: tocOf(c, sections),
    card: cardOf(c),
  };
}
