/** Index pages: how each collection is grouped and ordered. */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/t';
import { keyOf } from '../knowledge/graph';
import type { SiteGraph } from '../knowledge/site-graph';
import type { EntryCollection } from '../schemas';
import { verdicts } from '../vocab';
import { linkTo, type LinkGroup } from './entry';

export interface IndexGroup extends LinkGroup {
  /** Anchor of the group's heading. */
  id: string;
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
  if (collection === 'claims') {
    const claims = site.list('claims');
    return verdicts
      .map((v) => ({
        id: v,
        label: t(`verdict.${v}`),
        items: claims.filter((c) => c.data.verdict === v).map((c) => link(c.id)),
      }))
      .filter((g) => g.items.length);
  }
  return [{ id: collection, label: t(`collection.${collection}`), items: site.list(collection).map((e) => link(e.id)) }];
}
