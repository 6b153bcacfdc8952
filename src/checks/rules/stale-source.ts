import { defineRule } from './types';

/** Sources whose content moves (repositories, docs, benchmarks) should be re-checked at least this often. */
export const staleAfterMonths = 18;
const fastMoving = new Set(['repository', 'docs', 'benchmark']);

export const staleSource = defineRule({
  name: 'stale-source',
  runs: 'in-process',
  kinds: {
    'stale-source': { severity: 'warning', description: `repository, docs and benchmark sources were opened within the last ${staleAfterMonths} months` },
  },
  check(ctx) {
    const limit = new Date();
    limit.setUTCMonth(limit.getUTCMonth() - staleAfterMonths);
    const cutoff = limit.toISOString().slice(0, 10);
    return ctx.files.flatMap((f) => {
      const s = f.collection === 'sources' ? (f.valid as { accessed: string; kind: string; url: string } | undefined) : undefined;
      if (!s || !fastMoving.has(s.kind) || s.accessed >= cutoff) return [];
      return [
        {
          file: f.file,
          line: f.lineOf(['accessed']),
          rule: 'stale-source',
          message: `this ${s.kind} was last checked on ${s.accessed}, more than ${staleAfterMonths} months ago; what it says may have changed`,
          fix: `open ${s.url}, confirm it still supports every fact that cites it (or pin a commit), then set accessed: to today`,
        },
      ];
    });
  },
});
