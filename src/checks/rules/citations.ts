import { keyOf } from '../../knowledge/graph';
import { defineRule } from './types';

export const unknownCitation = defineRule({
  name: 'citations',
  runs: 'in-process',
  kinds: {
    'unknown-citation': { severity: 'error', description: 'every [@source-id] in prose names a file in content/sources/' },
  },
  check: (ctx) =>
    ctx.files.flatMap((f) =>
      (f.scan?.citations ?? [])
        .filter((c) => !ctx.byKey.has(keyOf('sources', c.id)))
        .map((c) => ({
          file: f.file,
          line: c.line,
          rule: 'unknown-citation',
          message: `[@${c.id}] cites a source that does not exist`,
          fix: `create content/sources/${c.id}.yaml (title, url, publisher, published, accessed, language, kind) or correct the id`,
        })),
    ),
});
