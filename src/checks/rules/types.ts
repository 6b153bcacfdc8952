import type { CheckContext } from '../context';
import type { Problem } from '../problem';

/** One kind of problem a rule reports: its name is what the report prints (`gofmt`, `broken-link`). */
export interface ProblemKind {
  /** `error` blocks the build and CI; `warning` is printed only. */
  severity: Problem['severity'];
  /** One line for CONTRIBUTING and `npm run check:content -- --list`. */
  description: string;
}

/** What a rule's check returns: problems whose `rule` is one of its declared kinds; severity comes from the declaration. */
export type RuleProblem<K extends string = string> = Omit<Problem, 'severity' | 'rule'> & {
  rule: K;
  /** Only for a kind whose severity depends on where the check runs (go-tools: an error in CI, a warning locally). */
  severity?: Problem['severity'];
};

/** A rule as written in its file: the kinds of problem it reports, declared once, and its check. */
export interface RuleSpec<K extends string> {
  /** The rule's name: its file's name. */
  name: string;
  kinds: Record<K, ProblemKind>;
  /**
   * `tools`: the rule runs external parsers or programs (Mermaid's parser in a worker thread, gofmt and go
   * vet as processes). The build starts these rules before Astro loads content and awaits them after the
   * pages are rendered, so they use the second core while the main thread builds (integrations/content-gate.ts).
   */
  runs: 'in-process' | 'tools';
  check(ctx: CheckContext): RuleProblem<K>[] | Promise<RuleProblem<K>[]>;
}

/** A rule the checker runs: its problems carry their kind's declared severity. */
export interface Rule {
  name: string;
  kinds: Record<string, ProblemKind>;
  runs: 'in-process' | 'tools';
  check(ctx: CheckContext): Problem[] | Promise<Problem[]>;
}

/** Declares a rule: the checker fills each problem's severity from its kind, and refuses kinds it does not declare. */
export function defineRule<K extends string>(spec: RuleSpec<K>): Rule {
  const fill = (problems: RuleProblem<K>[]): Problem[] =>
    problems.map((p) => {
      const kind = spec.kinds[p.rule];
      if (!kind) throw new Error(`rule ${spec.name} reported "${p.rule}", which it does not declare in its kinds`);
      return { ...p, severity: p.severity ?? kind.severity };
    });
  return {
    name: spec.name,
    kinds: spec.kinds,
    runs: spec.runs,
    check(ctx) {
      const found = spec.check(ctx);
      return found instanceof Promise ? found.then(fill) : fill(found);
    },
  };
}
