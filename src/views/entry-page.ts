/** Composes the whole entry page view from the per-concern functions in `entry.ts`. */
import type { CollectionEntry } from 'astro:content';
import { contentRoot } from '../content-files/layout';
import { defaultLocale, htmlLang, type Locale } from '../i18n/locales';
import type { Translate } from '../i18n/t';
import { collectionUrl, homeUrl, type SiteUrl } from '../i18n/urls';
import { lastCommitDates } from '../knowledge/git-dates';
import { keyOf, splitKey, type EntryKey } from '../knowledge/graph';
import type { AnyEntry, SiteGraph, TranslationEntry } from '../knowledge/site-graph';
import { entryCollections, type AtlasCollection } from '../schemas';
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
import { bodyFeatures } from './body-features';
import { claimView, type ClaimView, type Verdict } from './claims';
import { chartsOf, type ChartView, type TimeChartView } from './charts';
import { formatPartialDate } from './format';
import { readingMinutes } from './reading-time';
import { searchRecordOf, type SearchRecord } from './search-record';
import { tableOfContents, type TocItem } from './toc';
import { cardUrl } from './social';
import path from 'node:path';


export interface EntryPageView {
  key: EntryKey;
  collection: AtlasCollection;
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
  /** What to render as the body: the translation on a translated Chinese page, else the entry. */
  body?: AnyEntry | TranslationEntry;
  /** Language of the body text (English on an untranslated Chinese page). */
  bodyLang: string;
  /** Shown on a Chinese page whose entry has no translation yet. */
  untranslatedNote?: string;
  tagDescription?: string;
  readingTime?: string;
  updated?: string;
  /** The file's history in the repository: what "last updated" links to. */
  historyUrl?: string;
  editUrl?: string;
  /** Corrections to the published page, newest first. */
  corrections: { date: string; note: string }[];
  meta: MetaRow[];
  relations: LinkGroup[];
  mentions: LinkGroup[];
  /** For sources: the entries that cite it; for tags: the entries that carry it. */
  usedBy: LinkGroup[];
  /** Sources: the sentences that cite it, page by page. */
  citing: CitingPage[];
  usedByHeading: string;
  related: LinkGroup[];
  references: ReferenceItem[];
  figures: FigureGroup[];
  /** Comparable figures drawn as bar charts. */
  charts: (ChartView | TimeChartView)[];
  /** The body has a ```mermaid fence: the page loads the diagram renderer. */
  hasDiagrams: boolean;
  /** The body has a highlighted code block: the page loads the copy buttons. */
  hasCode: boolean;
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

/** A file's page in the repository: `edit` to change it, `commits` for its history. */
function repositoryUrl(kind: 'edit' | 'commits', file: string): string {
  return `https://github.com/${siteConfig.repository}/${kind}/${siteConfig.branch}/${path.relative(process.cwd(), file).split(path.sep).join('/')}`;
}

/** The page's corrections, newest first, dates in the page's language. */
function correctionsOf(entry: AnyEntry, locale: Locale): { date: string; note: string }[] {
  const list = 'corrections' in entry.data ? (entry.data.corrections as { date: string; note: string }[]) : [];
  return [...list].sort((a, b) => b.date.localeCompare(a.date)).map((c) => ({ date: formatPartialDate(c.date, locale), note: c.note }));
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

function neighbours(site: SiteGraph, entry: AnyEntry, locale: Locale) {
  const list = site.list(entry.collection);
  const i = positionIn(list, entry.id);
  const at = (j: number) => (list[j] ? linkTo(site, keyOf(entry.collection, list[j]!.id), locale) : undefined);
  return { previous: at(i - 1), next: at(i + 1) };
}

export function entryPageView(site: SiteGraph, key: EntryKey, locale: Locale, t: Translate): EntryPageView {
  const entry = site.entry(key)!;
  const translation = locale === 'zh' ? site.translation(key) : undefined;
  const hasBody = Boolean(site.bodyOf(entry).trim());
  const references = referencesOf(site, key, locale);
  const self = linkTo(site, key, locale);
  const figures = figuresOf(entry, references, locale, t);
  const charts = chartsOf(entry, references, locale, t);
  const corrections = correctionsOf(entry, locale);
  const usedBy =
    entry.collection === 'sources' ? site.graph.citedBy(key) : entry.collection === 'tags' ? site.graph.taggedWith(key) : [];
  const file = entry.filePath ? path.resolve(entry.filePath) : undefined;
  const bodyFile = translation?.filePath ? path.resolve(translation.filePath) : file;
  const updated = bodyFile ? lastCommitDates(contentRoot()).get(bodyFile) : undefined;
  const shown = new Set<EntryKey>([...site.graph.mentionedIn(key), ...site.graph.relationsOf(key).map((r) => r.other), ...usedBy]);
  const related = site.graph
    .relatedOf(key, 5 + shown.size)
    .filter((k) => !shown.has(k))
    .slice(0, 5)
    // Titles and kinds only: hovering one shows its summary (link previews), which keeps the page light.
    .map((k) => ({ ...linkTo(site, k, locale), summary: undefined, note: t(`kind.${splitKey(k).collection}`) }));
  return {
    key,
    collection: entry.collection,
    title: self.title,
    pageTitle: self.fullTitle ?? self.title,
    verdict: self.verdict,
    notGo: notGoOf(entry, t),
    summary: entry.collection === 'claims' ? undefined : self.summary,
    description: self.summary,
    kindLabel: t(`kind.${entry.collection}`),
    breadcrumbs: [
      { href: homeUrl(locale), text: t('nav.home') },
      { href: collectionUrl(entry.collection, locale), text: t(`collection.${entry.collection}`) },
    ],
    body: translation ?? (hasBody ? entry : undefined),
    // An untranslated Chinese page shows the English text: its body is marked as English.
    bodyLang: htmlLang[translation || locale === defaultLocale ? locale : defaultLocale],
    untranslatedNote: locale === 'zh' && hasBody && !translation ? t('translation.missing') : undefined,
    tagDescription: entry.collection === 'tags' ? (entry as CollectionEntry<'tags'>).data.description : undefined,
    readingTime: hasBody
      ? t('entry.readingTime', { minutes: readingMinutes(site.bodyOf(translation ?? entry)) })
      : undefined,
    updated: updated ? formatPartialDate(updated, locale) : undefined,
    editUrl: bodyFile ? repositoryUrl('edit', bodyFile) : undefined,
    historyUrl: bodyFile ? repositoryUrl('commits', bodyFile) : undefined,
    corrections,
    meta: metaOf(site, entry, locale, t),
    relations: relationsOf(site, key, locale, t),
    // An entry already listed under Relations is not listed again under Mentioned in.
    mentions: groupByCollection(site, site.graph.mentionedIn(key).filter((k) => !site.graph.relationsOf(key).some((r) => r.other === k)), locale, t),
    // A source lists the sentences that cite it; pages that only list it (frontmatter) follow, apart.
    ...(() => {
      const citing = entry.collection === 'sources' ? citingPagesOf(site, key, locale) : [];
      const quoted = new Set(site.graph.citingSentences(key).map((c) => c.from));
      const rest = citing.length ? usedBy.filter((k) => !quoted.has(k)) : usedBy;
      return { citing, usedBy: groupByCollection(site, rest, locale, t), usedByHeading: t(citing.length ? 'citedBy.alsoListed' : entry.collection === 'sources' ? 'citedBy.heading' : 'tags.taggedHeading') };
    })(),
    related: related.length ? [{ label: t('related.label'), items: related }] : [],
    references,
    figures,
    charts,
    ...bodyFeatures(hasBody || translation ? site.bodyOf(translation ?? entry) : undefined, bodyFile?.endsWith('.mdx') ? 'mdx' : 'md'),
    tags: tagsOf(site, entry, locale),
    claim: entry.collection === 'claims' ? claimView((entry as CollectionEntry<'claims'>).data, translation, locale, t) : undefined,
    ...neighbours(site, entry, locale),
    search: searchRecordOf(site, key, locale, t),
    toc: (headings) =>
      tableOfContents(headings, [
        { slug: 'charts', text: t('charts.heading'), present: charts.length > 0 },
        { slug: 'figures', text: t('figures.heading'), present: figures.length > 0 },
        { slug: 'corrections', text: t('corrections.heading'), present: corrections.length > 0 },
        { slug: 'references', text: t('references.heading'), present: references.length > 0 },
      ]),
    card: (entryCollections as readonly string[]).includes(entry.collection) ? cardUrl(site, key, locale) : undefined,
  };
}
