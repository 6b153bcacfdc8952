import { keyOf } from '../../knowledge/graph';
import { entryCollections } from '../../schemas';
import { defineRule } from './types';

export const orphanEntry = defineRule({
  name: 'orphan-entry',
  runs: 'in-process',
  kinds: {
    'orphan-entry': { severity: 'warning', description: 'every entry is linked or referenced from at least one other entry' },
  },
  check: (ctx) =>
    ctx.files
      .filter((f) => f.locale === 'en' && f.valid && (entryCollections as readonly string[]).includes(f.collection))
      .filter((f) => ctx.graph.mentionedIn(keyOf(f.collection, f.id)).length === 0)
      .map((f) => ({
        file: f.file,
        line: 1,
        rule: 'orphan-entry',
        message: `no other entry links to ${f.collection}/${f.id}; readers will only find it through lists and search`,
        fix: 'link to it from a related entry ([name](../' + f.collection + '/' + f.id + '.md)) or reference it in a frontmatter field such as projects:',
      })),
});
