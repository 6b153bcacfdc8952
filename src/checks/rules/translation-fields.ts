import { keyOf } from '../../knowledge/graph';
import { defineRule } from './types';

/** The fields of a fact check that exist in some claims only, and that a translation must follow. */
const optionalTexts = [
  { field: 'correction', what: 'what is true' },
  { field: 'searched', what: 'where Atlas looked and what it found' },
] as const;

/**
 * A fact check's translation says what the original says: it translates `correction` and `searched` when the
 * original has them (else the Chinese page shows that part in English), and never adds one the original lacks.
 */
export const translationFields = defineRule({
  name: 'translation-fields',
  runs: 'in-process',
  kinds: {
    'translation-fields': {
      severity: 'error',
      description: "a fact check's translation carries `correction` and `searched` exactly when the original has them",
    },
  },
  check: (ctx) =>
    ctx.files
      .filter((f) => f.locale !== 'en' && f.collection === 'claims' && f.valid)
      .flatMap((f) => {
        const original = ctx.byKey.get(keyOf(f.collection, f.id))?.valid as Record<string, unknown> | undefined;
        if (!original) return [];
        const own = f.valid as Record<string, unknown>;
        return optionalTexts.flatMap(({ field, what }) => {
          if (own[field] !== undefined && original[field] === undefined) {
            return [{
              file: f.file,
              line: f.lineOf([field]),
              rule: 'translation-fields',
              message: `\`${field}\` translates ${what}, but the original ${f.collection}/${f.id} has none`,
              fix: `remove \`${field}:\` from this translation`,
            }];
          }
          if (own[field] === undefined && original[field] !== undefined) {
            return [{
              file: f.file,
              line: f.lineOf([]),
              rule: 'translation-fields',
              message: `the original ${f.collection}/${f.id} has \`${field}\` (${what}), which this translation does not translate, so the page would show it in English`,
              fix: `add \`${field}:\` with the translation of the original's \`${field}\``,
            }];
          }
          return [];
        });
      }),
});
