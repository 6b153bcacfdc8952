import { defineRule } from './types';

/** Summaries show in lists, previews and search results: one sentence, long enough to say something. */
const bounds = { en: { min: 60, max: 200 }, zh: { min: 20, max: 120 } };

export const summaryLength = defineRule({
  name: 'summary-length',
  runs: 'in-process',
  kinds: {
    'summary-length': { severity: 'warning', description: 'summaries are one sentence of 60–200 characters (Chinese: 20–120)' },
  },
  check: (ctx) =>
    ctx.files.flatMap((f) => {
      const summary = (f.valid as { summary?: string } | undefined)?.summary;
      if (!summary) return [];
      const { min, max } = bounds[f.locale];
      const n = [...summary].length;
      if (n >= min && n <= max) return [];
      return [
        {
          file: f.file,
          line: f.lineOf(['summary']),
          rule: 'summary-length',
          message: `summary is ${n} characters; lists and search results read best at ${min}–${max}`,
          fix: n < min ? 'say what it is and why it matters to a Go engineer in one full sentence' : 'cut the summary to one sentence; move detail into the body',
        },
      ];
    }),
});
