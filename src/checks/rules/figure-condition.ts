import type { FigureData } from '../../schemas/figure';
import { defineRule, type RuleProblem } from './types';

/** "concurrency 100" written into a context: the load level that varies across a benchmark's runs. */
const concurrencyInContext = /,?\s*\bconcurrency\s+(\d[\d,]*)\b/i;

/**
 * Figures whose contexts differ only by "concurrency N" belong in one grouped chart; with the number inside
 * `context`, each level gets a chart of its own. A warning, pointing at the typed `condition` field.
 */
export const figureCondition = defineRule({
  name: 'figure-condition',
  runs: 'in-process',
  kinds: {
    'figure-condition': { severity: 'warning', description: 'benchmark figures that differ only in concurrency carry it in `condition`, so they share a chart' },
  },
  check: (ctx) =>
    ctx.files.flatMap((f): RuleProblem<'figure-condition'>[] => {
      const figures = (f.valid as { figures?: FigureData[] } | undefined)?.figures ?? [];
      const levels = new Map<string, { index: number; level: string }[]>();
      figures.forEach((fig, index) => {
        const m = concurrencyInContext.exec(fig.context);
        if (!m || fig.condition) return;
        const key = JSON.stringify([fig.metric, fig.unit, fig.context.replace(concurrencyInContext, '')]);
        levels.set(key, [...(levels.get(key) ?? []), { index, level: m[1]!.replace(/,/g, '') }]);
      });
      return [...levels.values()]
        .filter((runs) => new Set(runs.map((r) => r.level)).size > 1)
        .map((runs) => {
          const first = figures[runs[0]!.index]!;
          const values = [...new Set(runs.map((r) => r.level))].join(' and ');
          return {
            file: f.file,
            line: f.lineOf(['figures', runs[0]!.index]),
            rule: 'figure-condition',
            message: `${runs.length} "${first.metric}" figures differ only by concurrency ${values} in their context, so each level gets its own chart`,
            fix: `remove "concurrency N" from these contexts and add \`condition: { name: concurrency, value: N }\` to each figure; they then share one grouped chart`,
          };
        });
    }),
});
