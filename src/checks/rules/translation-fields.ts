import { keyOf } from '../../knowledge/graph';
import type { Rule } from './types';

/** `statement` and `correction` translate a fact check's fields; nothing else has them to translate. */
export const translationFields: Rule = {
  name: 'translation-fields',
  severity: 'error',
  runs: 'in-process',
  description: 'a translation carries statement/correction only for a fact check that has them',
  check: (ctx) =>
    ctx.files
      .filter((f) => f.locale !== 'en' && f.valid)
      .flatMap((f) => {
        const data = f.valid as { statement?: string; correction?: string };
        const original = ctx.byKey.get(keyOf(f.collection, f.id))?.valid as { correction?: string } | undefined;
        const stray = (['statement', 'correction'] as const).filter(
          (field) => data[field] !== undefined && (f.collection !== 'claims' || (field === 'correction' && !original?.correction)),
        );
        return stray.map((field) => ({
          file: f.file,
          line: f.lineOf([field]),
          rule: 'translation-fields',
          severity: 'error' as const,
          message: `\`${field}\` translates a fact check's ${field}, but the original ${f.collection}/${f.id} has none`,
          fix: `remove \`${field}:\` from this translation`,
        }));
      }),
};
