/**
 * What the knowledge graph is built from, made in one place: the content checker (checks/context.ts, from
 * the files it read and validated) and the site (site-graph.ts, from Astro's collections) both call
 * `graphInputOf`, so they cannot disagree about an edge.
 */
import { resolveLink } from '../markdown/links';
import type { BodyScan } from '../markdown/scan';
import type { AtlasCollection } from '../schemas';
import { keyOf, type GraphInput } from './graph';

/** One original-language entry, as its reader parsed it. */
export interface ParsedEntry {
  collection: AtlasCollection;
  id: string;
  /** Validated frontmatter (references are `{ collection, id }`). */
  data: Record<string, unknown>;
  /** Absolute path of the entry's file: the relative links of its body resolve from here. */
  file?: string;
  /** The scan of its Markdown body (links, citations, headings…); none for a data entry or an empty body. */
  scan?: BodyScan;
}

/**
 * The graph's input: each entry's references (frontmatter, found by the graph itself), its citations and
 * links (from the body scan), and the entry each link points to, resolved against `contentRoot`.
 */
export function graphInputOf(entries: Iterable<ParsedEntry>, contentRoot: string): GraphInput[] {
  return [...entries].map(({ collection, id, data, file, scan }) => ({
    collection,
    id,
    data,
    scan,
    linkTargets:
      scan && file
        ? scan.links.map((l) => {
            const t = resolveLink(l.href, file, contentRoot);
            return t.kind === 'entry' ? keyOf(t.collection, t.id) : undefined;
          })
        : undefined,
  }));
}
