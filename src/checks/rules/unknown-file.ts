import { defineRule } from './types';

/** Every file and folder under content/ is an entry the site publishes, or is refused with the reason: nothing is silently skipped. */
export const unknownFile = defineRule({
  name: 'unknown-file',
  runs: 'in-process',
  kinds: {
    'unknown-file': { severity: 'error', description: 'every file under content/ is an entry the site publishes (right folder, valid id as its name, a regular file); nothing is silently skipped' },
  },
  check: (ctx) => ctx.tree.refused.map(({ file, message, fix }) => ({ file, line: 1, rule: 'unknown-file', message, fix })),
});
