import type { Rule } from './types';

/** The same work as two bibliography entries splits its "cited by" list and lets the two drift apart. */
export const duplicateSource: Rule = {
  name: 'duplicate-source',
  severity: 'error',
  runs: 'in-process',
  description: 'each cited work (URL) has one entry in content/sources/',
  check(ctx) {
    const first = new Map<string, string>();
    return ctx.files
      .filter((f) => f.collection === 'sources' && f.valid)
      .flatMap((f) => {
        const url = (f.valid as { url: string }).url.replace(/#.*$/, '').replace(/\/$/, '');
        const owner = first.get(url);
        if (!owner) {
          first.set(url, f.id);
          return [];
        }
        return [{ file: f.file, line: f.lineOf(['url']), rule: 'duplicate-source', severity: 'error' as const, message: `this URL is already the source "${owner}"`, fix: `cite [@${owner}] instead and delete this file (replace its id "${f.id}" everywhere it is cited)` }];
      });
  },
};
