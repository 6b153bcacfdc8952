/**
 * What the search index knows about an entry page, computed from the entry's typed fields: the result's
 * metadata (title, summary, kind), the facets it is filed under, and its date sort key.
 * `components/search/SearchMeta.astro` renders this as Pagefind attributes; nothing is written per page by hand.
 *
 * Which pages are indexed: the five entry kinds, in English, and in Chinese only when a translation exists.
 * An untranslated Chinese page shows the English text, which would fill the Chinese index with English.
 * Sources and tags have their own index pages and are not searched.
 */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/t';
import { keyOf, type EntryKey } from '../knowledge/graph';
import type { SiteGraph } from '../knowledge/site-graph';
import { entryCollections, type EntryCollection } from '../schemas';
import { linkTo } from './entry';
import { searchFilters, searchKinds, type SearchFilter } from '../search/vocab';

export interface SearchRecord {
  /** A fact check also carries its verdict (key and word), so a result shows the same badge as the page. */
  meta: { title: string; summary?: string; kind: string; verdict?: string; verdictLabel?: string };
  /** Only the filters that have values on this page. */
  filters: Partial<Record<SearchFilter, string[]>>;
  /** ISO date (YYYY-MM-DD) for "newest first"; entries without a date are left out of that order. */
  date?: string;
}

type Data<C extends EntryCollection> = CollectionEntry<C>['data'];
type Ref = { collection: string; id: string };

const isEntryCollection = (c: string): c is EntryCollection => (entryCollections as readonly string[]).includes(c);

/** The search record of an entry page, or undefined when the page must stay out of the index. */
export function searchRecordOf(site: SiteGraph, key: EntryKey, locale: Locale, t: Translate): SearchRecord | undefined {
  const entry = site.entry(key);
  if (!entry || !isEntryCollection(entry.collection)) return undefined;
  if (locale === 'zh' && !site.translation(key)) return undefined;
  const collection = entry.collection;
  const titles = (collectionName: 'orgs' | 'tags', refs: Ref[]) =>
    refs.map((r) => linkTo(site, keyOf(collectionName, r.id), locale).title);
  const self = linkTo(site, key, locale);

  let org: string[] = [];
  let tag: string[] = [];
  let category: string[] = [];
  let verdict: string[] = [];
  let date: string | undefined;
  switch (collection) {
    case 'projects': {
      const d = entry.data as Data<'projects'>;
      org = titles('orgs', d.orgs.map((o) => o.org));
      tag = titles('tags', d.tags);
      category = [d.category];
      break;
    }
    case 'orgs': {
      const d = entry.data as Data<'orgs'>;
      org = [self.title];
      tag = titles('tags', d.tags);
      break;
    }
    case 'cases': {
      const d = entry.data as Data<'cases'>;
      org = titles('orgs', d.orgs);
      tag = titles('tags', d.tags);
      date = d.updated;
      break;
    }
    case 'guides': {
      const d = entry.data as Data<'guides'>;
      tag = titles('tags', d.tags);
      date = d.updated;
      break;
    }
    case 'claims': {
      const d = entry.data as Data<'claims'>;
      org = titles('orgs', d.orgs);
      verdict = [d.verdict];
      date = d.checked;
      break;
    }
  }
  const filters: SearchRecord['filters'] = { kind: [searchKinds[collection]] };
  const add = (name: SearchFilter, values: string[]) => {
    const unique = [...new Set(values)];
    if (unique.length) filters[name] = unique;
  };
  add('org', org);
  add('category', category);
  add('tag', tag);
  add('verdict', verdict);
  add('lang', [locale]);
  return {
    meta: {
      title: self.title,
      summary: self.summary,
      kind: t(`kind.${collection}`),
      ...(self.verdict ? { verdict: self.verdict, verdictLabel: t(`verdict.${self.verdict}`) } : {}),
    },
    filters,
    date,
  };
}

/** The filters of a record as name/value pairs, one per Pagefind filter attribute. */
export const filterPairs = (record: SearchRecord): { name: SearchFilter; value: string }[] =>
  searchFilters.flatMap((name) => (record.filters[name] ?? []).map((value) => ({ name, value })));
