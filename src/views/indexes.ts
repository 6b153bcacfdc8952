/** Index pages: how each collection is grouped and ordered. */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/t';
import { keyOf } from '../knowledge/graph';
import type { SiteGraph } from '../knowledge/site-graph';
import type { EntryKey } from '../knowledge/graph';
import type { Verdict } from './claims';
import type { EntryCollection } from '../schemas';
import { verdicts } from '../vocab';
import { linkTo, type LinkGroup } from './entry';

export interface IndexGroup extends LinkGroup {
  /** Anchor of the group's heading. */
  id: string;
  /** Fact checks: how many of the group's claims have each verdict. */
  verdicts?: Partial<Record<Verdict, number>>;
}

/** The subject a fact check is filed under on the ledger index: its first project, else its first organisation. */
export function primarySubject(c: CollectionEntry<'claims'>): EntryKey {
  return c.data.projects[0] ? keyOf('projects', c.data.projects[0].id) : keyOf('orgs', c.data.orgs[0]!.id);
}

/** Fact checks by subject, the subjects with the most claims first, each group with its verdict counts. */
function claimGroups(site: SiteGraph, locale: Locale): IndexGroup[] {
  const bySubject = new Map<EntryKey, CollectionEntry<'claims'>[]>();
  for (const c of site.list('claims')) {
    const subject = primarySubject(c);
    bySubject.set(subject, [...(bySubject.get(subject) ?? []), c]);
  }
  const order = (c: CollectionEntry<'claims'>) => verdicts.indexOf(c.data.verdict);
  return [...bySubject]
    .map(([subject, claims]) => ({ subject, claims, label: linkTo(site, subject, locale).title }))
    .sort((a, b) => b.claims.length - a.claims.length || a.label.localeCompare(b.label))
    .map(({ subject, claims, label }) => ({
      id: `about-${subject.replace('/', '-')}`,
      label,
      verdicts: verdictCounts(claims),
      items: [...claims].sort((a, b) => order(a) - order(b)).map((c) => linkTo(site, keyOf('claims', c.id), locale)),
    }));
}

/** How many claims have each verdict. */
export function verdictCounts(claims: readonly { data: { verdict: Verdict } }[]): Partial<Record<Verdict, number>> {
  const counts: Partial<Record<Verdict, number>> = {};
  for (const c of claims) counts[c.data.verdict] = (counts[c.data.verdict] ?? 0) + 1;
  return counts;
}

/** Groups of an index page. Projects by category, claims by verdict, the rest in one alphabetical list. */
export function indexGroups(site: SiteGraph, collection: EntryCollection, locale: Locale, t: Translate): IndexGroup[] {
  const link = (id: string) => linkTo(site, keyOf(collection, id), locale);
  if (collection === 'projects') {
    const byCategory = new Map<CollectionEntry<'projects'>['data']['category'], CollectionEntry<'projects'>[]>();
    for (const p of site.list('projects')) {
      const group = byCategory.get(p.data.category);
      if (group) group.push(p);
      else byCategory.set(p.data.category, [p]);
    }
    return [...byCategory]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([category, list]) => ({ id: category, label: t(`category.${category}`), items: list.map((p) => link(p.id)) }));
  }
  if (collection === 'claims') return claimGroups(site, locale);
  return [{ id: collection, label: t(`collection.${collection}`), items: site.list(collection).map((e) => link(e.id)) }];
}
