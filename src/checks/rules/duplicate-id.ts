import { defineRule } from './types';

export const duplicateId = defineRule({
  name: 'duplicate-id',
  runs: 'in-process',
  kinds: {
    'duplicate-id': { severity: 'error', description: 'two files may not produce the same entry id (kitex.md and kitex.mdx)' },
  },
  check(ctx) {
    const seen = new Map<string, string>();
    return ctx.files.flatMap((f) => {
      const key = `${f.collection}/${f.id}/${f.locale}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, f.file);
        return [];
      }
      if (first === f.file) {
        return [{ file: f.file, line: f.lineOf([]), rule: 'duplicate-id', message: `the id "${f.id}" is defined twice in this file`, fix: 'keep one definition and remove the other' }];
      }
      return [
        {
          file: f.file,
          line: 1,
          rule: 'duplicate-id',
          message: `${f.collection} id "${f.id}" is also produced by ${first}; one of them would be dropped`,
          fix: `rename one of the two files (ids are file names) or merge them`,
        },
      ];
    });
  },
});
