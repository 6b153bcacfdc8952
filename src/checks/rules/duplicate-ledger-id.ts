import { defineRule } from './types';

/** One ledger id, one fact check: two pages claiming the same line of the ledger would split its history. */
export const duplicateLedgerId = defineRule({
  name: 'duplicate-ledger-id',
  runs: 'in-process',
  kinds: {
    'duplicate-ledger-id': { severity: 'error', description: 'each `ledgerId` belongs to one fact check' },
  },
  check(ctx) {
    const first = new Map<string, string>();
    return ctx.files
      .filter((f) => f.collection === 'claims' && f.locale === 'en')
      .flatMap((f) => {
        const id = (f.valid as { ledgerId?: string } | undefined)?.ledgerId;
        if (!id) return [];
        const owner = first.get(id);
        if (!owner) {
          first.set(id, f.file);
          return [];
        }
        return [{ file: f.file, line: f.lineOf(['ledgerId']), rule: 'duplicate-ledger-id', message: `ledgerId ${id} is already the ledger id of ${owner}`, fix: `keep one fact check for ${id}: merge the two, or correct this id` }];
      });
  },
});
