/**
 * The content checker: loads content/, validates it with the site's schemas and link/citation code,
 * and returns every problem. `npm run check:content` prints them; the build runs the same check first
 * and fails on any error (see `integrations/content-gate.ts`).
 */
import { buildContext } from './context';
import type { Problem } from './problem';
import { rules } from './rules';
import { loadContentTree } from './source-file';

export interface CheckOptions {
  /**
   * A cache folder (the build passes Astro's): the Mermaid and Go rules then skip blocks that passed
   * before, unchanged, with the same tool versions. Without it every block is checked.
   */
  cacheDir?: string;
}

export async function checkContent(root: string, repoRoot = process.cwd(), options: CheckOptions = {}): Promise<Problem[]> {
  const ctx = { ...buildContext(loadContentTree(root, repoRoot)), cacheDir: options.cacheDir };
  const found = await Promise.all(rules.map((rule) => rule.check(ctx)));
  const all = [...ctx.problems, ...found.flat()];
  // A TODO line from the scaffold also fails its schema; report it once, as the placeholder it is.
  const todo = new Set(all.filter((p) => p.rule === 'placeholder').map((p) => `${p.file}:${p.line}`));
  return all.filter((p) => p.rule === 'placeholder' || !todo.has(`${p.file}:${p.line}`));
}

export { formatProblem, formatReport, type Problem } from './problem';
