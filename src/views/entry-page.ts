/** Composes the whole entry page view from the per-concern functions in `entry.ts`. */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/t';
import { keyOf, type EntryKey } from '../knowledge/graph';
import type { AnyEntry, SiteGraph } from '../knowledge/site-graph';
import {
  figuresOf,
  linkTo,
  groupByCollection,
  metaOf,
  referencesOf,
  relationsOf,
  tagsOf,
  type FigureRow,
  type LinkGroup,
  type LinkItem,
  type MetaRow,
  type ReferenceItem,
} from './entry';

export interface ClaimView {
  verdict: CollectionEntry<'claims'>['data']['verdict'];
  statement: string;
  correction?: string;
}

export interface EntryPageView {
  key: EntryKey;
  title: string;
  summary?: string;
  kindLabel: string;
  meta: MetaRow[];
  relations: LinkGroup[];
  mentions: LinkGroup[];
  /** For sources: the entries that cite it; for tags: the entries that carry it. */
  usedBy: LinkGroup[];
  usedByHeading: string;
  references: ReferenceItem[];
  figures: FigureRow[];
  tags: LinkItem[];
  claim?: ClaimView;
}

export function entryPageView(site: SiteGraph, entry: AnyEntry, locale: Locale, t: Translate): EntryPageView {
  const key = keyOf(entry.collection, entry.id);
  const references = referencesOf(site, key, locale);
  const self = linkTo(site, key, locale);
  const usedBy =
    entry.collection === 'sources'
      ? site.graph.citedBy(key)
      : entry.collection === 'tags'
        ? site.graph.taggedWith(key)
        : [];
  return {
    key,
    title: self.title,
    summary: self.summary,
    kindLabel: t(`kind.${entry.collection}`),
    meta: metaOf(site, entry, locale, t),
    relations: relationsOf(site, key, locale, t),
    mentions: groupByCollection(site, site.graph.mentionedIn(key), locale, t),
    usedByHeading: t(entry.collection === 'sources' ? 'citedBy.heading' : 'tags.taggedHeading'),
    usedBy: groupByCollection(site, usedBy, locale, t),
    references,
    figures: figuresOf(entry, references, locale),
    tags: tagsOf(site, entry, locale),
    claim:
      entry.collection === 'claims'
        ? (({ verdict, statement, correction }) => ({ verdict, statement, correction }))(
            (entry as CollectionEntry<'claims'>).data,
          )
        : undefined,
  };
}
