import type { CheckContext } from '../context';
import type { Problem } from '../problem';

/** One content rule: a name, whether it blocks, and a check over the whole content context. */
export interface Rule {
  name: string;
  severity: Problem['severity'];
  /** One line for CONTRIBUTING and `--list`. */
  description: string;
  check(ctx: CheckContext): Problem[];
}
