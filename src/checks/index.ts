/**
 * The content checker: loads content/, validates it with the site's schemas and link/citation code,
 * and returns every problem. `npm run check:content` prints them; the build runs the same check first
 * and fails on any error (see `integrations/content-gate.ts`).
 */
import { buildContext } from './context';
import type { Problem } from './problem';
import { rules } from './rules';
import { loadContentTree } from './source-file';

export function checkContent(root: string, repoRoot = process.cwd()): Problem[] {
  const ctx = buildContext(loadContentTree(root, repoRoot));
  return [...ctx.problems, ...rules.flatMap((rule) => rule.check(ctx))];
}

export { formatProblem, formatReport, type Problem } from './problem';
