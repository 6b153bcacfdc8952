import type { CheckContext } from '../context';
import type { Problem } from '../problem';

/** One content rule: a name, whether it blocks, and a check over the whole content context. */
export interface Rule {
  name: string;
  severity: Problem['severity'];
  /** One line for CONTRIBUTING and `--list`. */
  description: string;
  /** May be async: some rules run external parsers (Mermaid) or tools (gofmt). */
  check(ctx: CheckContext): Problem[] | Promise<Problem[]>;
}
