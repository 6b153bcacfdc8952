import { keyOf } from '../../knowledge/graph';
import { defineRule } from './types';

export const orphanTranslation = defineRule({
  name: 'translations',
  runs: 'in-process',
  kinds: {
    'orphan-translation': { severity: 'error', description: 'a translation (<id>.zh.md) sits beside the original it translates' },
  },
  check: (ctx) =>
    ctx.files
      .filter((f) => f.locale !== 'en' && !ctx.byKey.has(keyOf(f.collection, f.id)))
      .map((f) => ({
        file: f.file,
        line: 1,
        rule: 'orphan-translation',
        message: `translation of "${f.collection}/${f.id}", which does not exist`,
        fix: `write the original content/${f.collection}/${f.id}.md first, or rename this file after the entry it translates`,
      })),
});
