/**
 * The content checker: loads content/, validates it with the site's schemas and link/citation code,
 * and returns every problem. `npm run check:content` prints them; the build runs the same check and fails
 * on any error: the in-process rules before Astro loads content, the tool rules (Mermaid, gofmt, go vet)
 * while it builds (see `integrations/content-gate.ts`).
 */
import { buildContext } from './context';
import type { Problem } from './problem';
import { rules } from './rules';
import { loadContentTree } from '../content-files/read';

export interface CheckOptions {
  /**
   * A cache folder (the build passes Astro's): the Mermaid and Go rules then skip blocks that passed
   * before, unchanged, with the same tool versions. Without it every block is checked.
   */
  cacheDir?: string;
  /** A missing or too-old Go is an error, not a warning; the default is CI=true (see CheckContext.requireTools). */
  requireTools?: boolean;
}

/** A check under way: the in-process rules are done, the tool rules may still be running. */
export interface ContentCheck {
  /** Problems of the rules that run in this thread: syntax, schemas, references, links, citations… */
  problems: Problem[];
  /**
   * Problems of the rules that run external tools (Mermaid's parser in a worker thread, gofmt and go vet
   * as processes). They need no more of this thread than their messages, so a build renders meanwhile.
   */
  toolProblems: Promise<Problem[]>;
  /** Every problem, in the report's order (rule by rule), once the tools are done. */
  all: Promise<Problem[]>;
}

/** Runs the in-process rules now and starts the tool rules; `checkContent` awaits both. */
export function startContentCheck(root: string, repoRoot = process.cwd(), options: CheckOptions = {}): ContentCheck {
  const ctx = { ...buildContext(loadContentTree(root, repoRoot), { repoRoot, requireTools: options.requireTools }), cacheDir: options.cacheDir };
  const results = new Array<Problem[] | Promise<Problem[]>>(rules.length);
  // Tool rules first, so their threads and processes start before the in-process rules take this thread.
  rules.forEach((rule, i) => {
    if (rule.runs === 'tools') results[i] = rule.check(ctx);
  });
  rules.forEach((rule, i) => {
    if (rule.runs === 'in-process') results[i] = rule.check(ctx);
  });
  const tools = rules.flatMap((rule, i) => (rule.runs === 'tools' ? [results[i]!] : []));
  const check = {
    problems: withoutPlaceholderEchoes([...ctx.problems, ...rules.flatMap((rule, i) => (rule.runs === 'in-process' ? (results[i] as Problem[]) : []))]),
    toolProblems: Promise.all(tools).then((found) => found.flat()),
    all: Promise.all(results).then((found) => withoutPlaceholderEchoes([...ctx.problems, ...found.flat()])),
  };
  // A caller awaits one of the two; a tool's failure must not also surface as an unhandled rejection.
  check.toolProblems.catch(() => {});
  check.all.catch(() => {});
  return check;
}

export async function checkContent(root: string, repoRoot = process.cwd(), options: CheckOptions = {}): Promise<Problem[]> {
  return startContentCheck(root, repoRoot, options).all;
}

/** A TODO line from the scaffold also fails its schema; report it once, as the placeholder it is. */
function withoutPlaceholderEchoes(all: Problem[]): Problem[] {
  const todo = new Set(all.filter((p) => p.rule === 'placeholder').map((p) => `${p.file}:${p.line}`));
  return all.filter((p) => p.rule === 'placeholder' || !todo.has(`${p.file}:${p.line}`));
}

export { formatProblem, formatReport, type Problem } from './problem';
