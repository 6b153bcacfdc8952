/**
 * Where content lives on disk. One module so the Astro collections, the content checker and the
 * link resolver agree on every path. `ATLAS_CONTENT_DIR` points the whole site at another tree
 * (the test fixtures and the benchmark corpus use it).
 */
import path from 'node:path';
import type { AtlasCollection, EntryCollection } from '../schemas';

/** Absolute path of the content root. */
export function contentRoot(): string {
  return path.resolve(process.env.ATLAS_CONTENT_DIR ?? 'content');
}

/** Glob patterns (relative to the collection folder) of the entries of a Markdown collection, translations excluded. */
export const entryPatterns = ['**/*.{md,mdx}', '!**/*.*.{md,mdx}'];

/** Glob pattern of translations: `<id>.<locale>.md(x)` beside the original. */
export const translationPattern = '*/**/*.zh.{md,mdx}';

/** Glob pattern of the source entries. */
export const sourcePattern = '**/*.{yaml,yml}';

/** File holding the tag vocabulary, relative to the content root. */
export const tagsFile = 'tags.yaml';

/** Matches a translation file name: `kitex.zh.md` → id kitex, locale zh. */
const translationName = /^(?<id>[^.]+)\.(?<locale>zh)\.(?:md|mdx)$/;
/** Matches an entry file name: `kitex.md`. */
const entryName = /^(?<id>[^.]+)\.(?:md|mdx|ya?ml)$/;

/** What a file under content/ is, from its path relative to the content root; undefined for other files. */
export function classifyContentPath(
  relPath: string,
): { collection: AtlasCollection; id: string; locale: 'en' | 'zh' } | undefined {
  const parts = relPath.split(/[\\/]/);
  if (parts.length < 2) return undefined;
  const [collection, ...rest] = parts;
  const file = rest.pop()!;
  const dir = rest.length ? rest.join('/') + '/' : '';
  const t = translationName.exec(file);
  if (t?.groups) return { collection: collection as EntryCollection, id: dir + t.groups.id, locale: 'zh' };
  const e = entryName.exec(file);
  if (e?.groups) return { collection: collection as AtlasCollection, id: dir + e.groups.id, locale: 'en' };
  return undefined;
}
