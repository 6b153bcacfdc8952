import { keyOf } from '../../knowledge/graph';
import { defineRule } from './types';

/** A translated correction needs a correction in the original: a translation never adds facts. */
export const translationFields = defineRule({
  name: 'translation-fields',
  runs: 'in-process',
  kinds: {
    'translation-fields': { severity: 'error', description: 'a fact check\'s translation carries `correction` only when the original has one' },
  },
  check: (ctx) =>
    ctx.files
      .filter((f) => f.locale !== 'en' && f.collection === 'claims' && (f.valid as { correction?: string } | undefined)?.correction !== undefined)
      .filter((f) => !(ctx.byKey.get(keyOf(f.collection, f.id))?.valid as { correction?: string } | undefined)?.correction)
      .map((f) => ({
        file: f.file,
        line: f.lineOf(['correction']),
        rule: 'translation-fields',
        message: `\`correction\` translates a fact check's correction, but the original ${f.collection}/${f.id} has none`,
        fix: 'remove `correction:` from this translation',
      })),
});
