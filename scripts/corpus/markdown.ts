/** The Markdown and YAML pieces every part of a synthetic entry is written with. */
import type { PlannedEntry } from './plan';

/** A YAML scalar: JSON strings are valid YAML and need no escaping rules of their own. */
export const q = (s: string) => JSON.stringify(s);
export const list = (xs: string[]) => `[${xs.join(', ')}]`;

/** English headings of every entry, in every layout; links point at their anchors. */
export const headings = ['Overview', 'Architecture', 'Implementation', 'Measurements', 'Operations'] as const;
export const anchors = headings.map((h) => h.toLowerCase());

/** `text.` → `text [@id].` */
export const cited = (text: string, id: string) => `${text.replace(/\.$/, '')} [@${id}].`;

export const fenceFor = (lang: string, meta: string, code: string) => ['```' + (meta ? `${lang} ${meta}` : lang), code, '```'].join('\n');

/** Relative link from one entry's file to another's, with an anchor. */
export function linkTo(from: PlannedEntry, to: PlannedEntry, anchor: string): string {
  const rel = from.kind === to.kind ? to.file.slice(to.kind.length + 1) : `../${to.file}`;
  return `[${to.title}](${rel}#${anchor})`;
}
