import type { Rule } from './types';

export const unknownFile: Rule = {
  name: 'unknown-file',
  severity: 'error',
  runs: 'in-process',
  description: 'every file under content/ is an entry the site publishes; nothing is silently skipped',
  check: (ctx) =>
    ctx.tree.strays.map((file) => ({
      file,
      line: 1,
      rule: 'unknown-file',
      severity: 'error',
      message: 'this file is not an entry the site can publish, so it would be silently dropped',
      fix: 'name entries <id>.md or <id>.mdx (translations <id>.zh.md), sources <id>.yaml, with ids in lower-case-hyphen form; move other files out of content/',
    })),
};
