import { keyOf } from '../../knowledge/graph';
import { figureWording, type FigureData } from '../../schemas/figure';
import { defineRule } from './types';

const quoted = (s: string) => JSON.stringify(s);
/** The first few, then how many more: a page with 60 figures should not print 60 strings. */
const some = (items: string[], shown = 4) =>
  items.slice(0, shown).map(quoted).join(', ') + (items.length > shown ? ` and ${items.length - shown} more` : '');

/**
 * A translated page shows the original's figures in tables and charts; their wording comes from the
 * translation's `figureText`, so a gap there would leave English on a Chinese page, and a key that matches
 * nothing (a typo, or a figure reworded since) would silently translate nothing.
 */
export const figureText = defineRule({
  name: 'figure-text',
  runs: 'in-process',
  kinds: {
    'figure-text': {
      severity: 'error',
      description: "a translation words every subject, metric and context of the original's figures in `figureText`, and nothing else",
    },
  },
  check: (ctx) =>
    ctx.files
      .filter((f) => f.locale !== 'en' && f.valid)
      .flatMap((f) => {
        const original = ctx.byKey.get(keyOf(f.collection, f.id))?.valid as { figures?: FigureData[] } | undefined;
        const wording = figureWording(original?.figures ?? []);
        const given = (f.valid as { figureText?: Record<string, string> }).figureText ?? {};
        const missing = wording.filter((w) => !(w in given));
        const unused = Object.keys(given).filter((k) => !wording.includes(k));
        const line = f.lineOf(['figureText']);
        return [
          ...(missing.length
            ? [
                {
                  file: f.file,
                  line,
                  rule: 'figure-text',
                  message: `the original ${f.collection}/${f.id} has figures whose wording this translation does not give, so they would show in English: ${some(missing)}`,
                  fix: `add each under \`figureText:\`, the English exactly as in the original, e.g. ${quoted(missing[0]!)}: "<translation>"`,
                },
              ]
            : []),
          ...unused.map((k) => ({
            file: f.file,
            line: f.lineOf(['figureText', k]),
            rule: 'figure-text',
            message: `\`figureText\` words ${quoted(k)}, but no figure of the original ${f.collection}/${f.id} has that subject, metric or context`,
            fix: 'copy the English exactly from the original’s `figures:` (it may have been reworded), or remove the line',
          })),
        ];
      }),
});
