/** The RSS feed of a language: the newest and most recently updated entries, newest first. */
import type { CollectionEntry } from 'astro:content';
import { statSync } from 'node:fs';
import path from 'node:path';
import { contentRoot } from '../content-files/layout';
import type { Locale } from '../i18n/locales';
import { lastCommitDates } from '../knowledge/git-dates';
import { keyOf } from '../knowledge/graph';
import type { AnyEntry, SiteGraph } from '../knowledge/site-graph';
import { entryCollections } from '../schemas';
import { useTranslations } from '../i18n/t';
import { linkTo } from './entry';

export interface FeedItem {
  title: string;
  link: string;
  description?: string;
  pubDate: Date;
  categories: string[];
}

/** The date an entry last changed: its own `updated`/`checked` field, else its last commit, else the file's mtime. */
function changed(e: AnyEntry, git: Map<string, string>): string | undefined {
  const d = e.data as Partial<CollectionEntry<'cases'>['data'] & CollectionEntry<'claims'>['data']>;
  if (d.updated ?? d.checked) return d.updated ?? d.checked;
  if (!e.filePath) return undefined;
  const file = path.resolve(e.filePath);
  return git.get(file) ?? statSync(file).mtime.toISOString().slice(0, 10);
}

/** Each correction of a published page, as its own feed item pointing at the page's corrections. */
function correctionItems(site: SiteGraph, locale: Locale): (FeedItem & { sortKey: string })[] {
  const t = useTranslations(locale);
  return entryCollections.flatMap((c) =>
    site.list(c).flatMap((e) => {
      const list = 'corrections' in e.data ? (e.data.corrections as { date: string; note: string }[]) : [];
      const link = linkTo(site, keyOf(c, e.id), locale);
      return list.map((x) => ({
        title: t('feed.correction', { title: link.title, note: x.note }),
        link: `${link.href}#corrections`,
        description: x.note,
        pubDate: new Date(`${x.date}T00:00:00Z`),
        categories: ['correction', c],
        sortKey: x.date,
      }));
    }),
  );
}

export function feedItems(site: SiteGraph, locale: Locale, limit = 50): FeedItem[] {
  const git = lastCommitDates(contentRoot());
  const entries = entryCollections
    .flatMap((c) => site.list(c).map((e) => ({ c, e, date: changed(e, git) })))
    .filter((x): x is typeof x & { date: string } => Boolean(x.date))
    .map(({ c, e, date }) => {
      const link = linkTo(site, keyOf(c, e.id), locale);
      return {
        title: link.fullTitle ?? link.title,
        link: link.href,
        description: link.summary,
        pubDate: new Date(`${date}T00:00:00Z`),
        categories: [c],
        sortKey: `${date} ${e.id}`,
      };
    });
  return [...correctionItems(site, locale), ...entries]
    .sort((a, b) => b.sortKey.localeCompare(a.sortKey))
    .slice(0, limit)
    .map(({ sortKey: _, ...item }) => item);
}
