import type { CheckContext } from '../context';
import type { Problem } from '../problem';

/** One content rule: a name, whether it blocks, and a check over the whole content context. */
export interface Rule {
  name: string;
  severity: Problem['severity'];
  /** One line for CONTRIBUTING and `--list`. */
  description: string;
  /**
   * `tools`: the rule runs external parsers or programs (Mermaid's parser in a worker thread, gofmt and go
   * vet as processes). The build starts these rules before Astro loads content and awaits them after the
   * pages are rendered, so they use the second core while the main thread builds (integrations/content-gate.ts).
   */
  runs: 'in-process' | 'tools';
  check(ctx: CheckContext): Problem[] | Promise<Problem[]>;
}
