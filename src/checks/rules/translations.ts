import { keyOf } from '../../knowledge/graph';
import type { Rule } from './types';

export const orphanTranslation: Rule = {
  name: 'orphan-translation',
  severity: 'error',
  runs: 'in-process',
  description: 'a translation (<id>.zh.md) sits beside the original it translates',
  check: (ctx) =>
    ctx.files
      .filter((f) => f.locale !== 'en' && !ctx.byKey.has(keyOf(f.collection, f.id)))
      .map((f) => ({
        file: f.file,
        line: 1,
        rule: 'orphan-translation',
        severity: 'error' as const,
        message: `translation of "${f.collection}/${f.id}", which does not exist`,
        fix: `write the original content/${f.collection}/${f.id}.md first, or rename this file after the entry it translates`,
      })),
};
