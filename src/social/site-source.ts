/** The site's entries (through Astro's content layer) as the card catalog reads them: used by the dev server's card route. */
import type { SiteGraph } from '../knowledge/site-graph';
import type { CardEntry, CardSource } from './catalog';

export function cardSource(site: SiteGraph): CardSource {
  return {
    entry: (key) => site.entry(key) as CardEntry | undefined,
    zhTitle: (key) => site.translation(key)?.data.title,
  };
}
