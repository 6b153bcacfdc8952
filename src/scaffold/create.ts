/**
 * Creates a new entry file from a skeleton, after checking that the id is valid and free.
 * Returns what it did, or an error written for the contributor.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadContentTree } from '../content-files/read';
import { scanBody } from '../markdown/scan';
import { idPattern } from '../schemas/common';
import { figureWording, type FigureData } from '../schemas/figure';
import type { EntryCollection } from '../schemas';
import { suggestRelated, suggestTags } from './suggest';
import { skeletons, translationSkeleton } from './templates';

/** What contributors type, and the collection it lands in. */
export const kinds = {
  project: 'projects',
  org: 'orgs',
  case: 'cases',
  guide: 'guides',
  claim: 'claims',
  about: 'about',
  source: 'sources',
} as const satisfies Record<string, EntryCollection | 'sources'>;
export type Kind = keyof typeof kinds | 'translation';

export interface NewRequest {
  kind: Kind;
  /** The id (file name), or for a translation `collection/id` of the original. */
  id: string;
  title?: string;
}

export type NewResult = { ok: true; file: string; tags: string[]; related: string[] } | { ok: false; error: string };

const extension = (c: EntryCollection | 'sources') => (c === 'sources' ? 'yaml' : c === 'cases' ? 'mdx' : 'md');

export function createEntry(root: string, req: NewRequest, today = new Date().toISOString().slice(0, 10)): NewResult {
  const tree = loadContentTree(root);
  if (req.kind === 'translation') {
    // Split at the first slash only: an entry in a nested folder has a slash in its id (guides/gc/tuning).
    const slash = req.id.indexOf('/');
    const collection = req.id.slice(0, Math.max(slash, 0));
    const id = req.id.slice(slash + 1);
    const original = tree.files.find((f) => f.collection === collection && f.id === id && f.locale === 'en');
    if (!original || original.format === 'yaml') {
      return { ok: false, error: `there is no entry "${req.id}" to translate; give it as collection/id, e.g. projects/kitex` };
    }
    const file = original.abs.replace(/\.(mdx?)$/, '.zh.$1');
    if (existsSync(file)) return { ok: false, error: `${path.relative(process.cwd(), file)} already exists; edit it instead` };
    const headings = scanBody(original.body, original.format as 'md' | 'mdx').headings.filter((h) => h.depth === 2).map((h) => h.text);
    const data = original.data as { title?: string; headline?: string; correction?: string; searched?: string };
    const claim = collection === 'claims' ? { correction: Boolean(data.correction), searched: Boolean(data.searched) } : undefined;
    const wording = figureWording((data as { figures?: FigureData[] }).figures ?? []);
    writeFileSync(file, translationSkeleton({ title: String(data.headline ?? data.title ?? id), headings, format: original.format as 'md' | 'mdx', claim, figureWording: wording }));
    return { ok: true, file, tags: [], related: [] };
  }
  const collection = kinds[req.kind];
  if (!collection) return { ok: false, error: `unknown kind "${req.kind}"; use one of: ${[...Object.keys(kinds), 'translation'].join(', ')}` };
  if (!idPattern.test(req.id)) {
    return { ok: false, error: `"${req.id}" is not a valid id: use lower-case words joined by hyphens, e.g. kitex or bytedance-kitex` };
  }
  const taken = tree.files.find((f) => f.collection === collection && f.id === req.id);
  if (taken) return { ok: false, error: `${taken.file} already has the id "${req.id}"; pick another id or edit that file` };
  const title = req.title?.trim() || req.id.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
  const tagFiles = tree.files.filter((f) => f.collection === 'tags');
  const tags = suggestTags(
    title,
    tagFiles.map((f) => ({ id: f.id, ...(f.data as { label: string; labelZh: string }) })),
  );
  const related = suggestRelated(
    title,
    tree.files
      .filter((f) => f.locale === 'en' && f.collection !== 'tags' && f.collection !== 'sources')
      .map((f) => ({ key: `${f.collection}/${f.id}`, title: String((f.data as { title?: string })?.title ?? '') })),
  );
  const file = path.join(root, collection, `${req.id}.${extension(collection)}`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, skeletons[collection]({ id: req.id, title, today, tags, related }));
  return { ok: true, file, tags, related };
}
