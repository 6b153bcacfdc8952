/**
 * The Markdown body of a content file, read from disk. The content collections keep no bodies in Astro's
 * data store (`retainBody: false` in content.config.ts): the store holds every entry's rendered HTML
 * already, and without the raw bodies it is a third smaller, which the dev server re-serialises and
 * reloads on every edit (docs/performance.md). The knowledge graph and entry pages read bodies here.
 */
import { readFileSync } from 'node:fs';
import { bodyOfText } from './frontmatter';

export { bodyOfText };

export function bodyOfFile(file: string): string {
  return bodyOfText(readFileSync(file, 'utf8'));
}
