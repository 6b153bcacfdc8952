import { defineRule } from './types';

/** The same work as two bibliography entries splits its "cited by" list and lets the two drift apart. */
export const duplicateSource = defineRule({
  name: 'duplicate-source',
  runs: 'in-process',
  kinds: {
    'duplicate-source': { severity: 'error', description: 'each cited work (URL) has one entry in content/sources/' },
  },
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
        return [{ file: f.file, line: f.lineOf(['url']), rule: 'duplicate-source', message: `this URL is already the source "${owner}"`, fix: `cite [@${owner}] instead and delete this file (replace its id "${f.id}" everywhere it is cited)` }];
      });
  },
});
