import type { Rule } from './types';

/** Every file and folder under content/ is an entry the site publishes, or is refused with the reason: nothing is silently skipped. */
export const unknownFile: Rule = {
  name: 'unknown-file',
  severity: 'error',
  runs: 'in-process',
  description: 'every file under content/ is an entry the site publishes (right folder, valid id as its name, a regular file); nothing is silently skipped',
  check: (ctx) => ctx.tree.refused.map(({ file, message, fix }) => ({ file, line: 1, rule: 'unknown-file', severity: 'error' as const, message, fix })),
};
