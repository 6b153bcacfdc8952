/**
 * Relative links between entries. Authors write `[etcd](../projects/etcd.md#raft)`, which also works when
 * browsing the repository; at build time it becomes `/projects/etcd/#raft`. One resolver serves the
 * Markdown plugin, the knowledge graph and the content checker.
 */
import path from 'node:path';
import { classifyContentPath } from '../content-files/layout';
import type { AtlasCollection } from '../schemas';

export type LinkTarget =
  /** Not a link to a content file: absolute URL, mailto:, site path or pure #anchor. */
  | { kind: 'other' }
  /** A link to a file under content/, resolved to the entry it holds. */
  | { kind: 'entry'; collection: AtlasCollection; id: string; locale: 'en' | 'zh'; anchor?: string; file: string }
  /** A relative link to a .md/.mdx file that is not a content entry. */
  | { kind: 'outside'; file: string };

const external = /^(?:[a-z][a-z0-9+.-]*:|\/\/|\/|#)/i;

/**
 * Resolves `href` as written in `fromFile` (absolute path) against the content root.
 * Only relative links to `.md`/`.mdx`/`.yaml` files are content links; anything else is left alone.
 */
export function resolveLink(href: string, fromFile: string, contentRoot: string): LinkTarget {
  if (external.test(href)) return { kind: 'other' };
  const [rawPath = '', rawAnchor] = href.split('#', 2);
  if (!/\.(md|mdx|ya?ml)$/.test(rawPath)) return { kind: 'other' };
  const file = path.resolve(path.dirname(fromFile), decodeURI(rawPath));
  const rel = path.relative(contentRoot, file);
  const entry = rel.startsWith('..') ? undefined : classifyContentPath(rel);
  if (!entry) return { kind: 'outside', file };
  const anchor = rawAnchor ? decodeURIComponent(rawAnchor) : undefined;
  return { kind: 'entry', collection: entry.collection, id: entry.id, locale: entry.locale, anchor, file };
}
