import { keyOf } from '../../knowledge/graph';
import type { Rule } from './types';

export const unknownCitation: Rule = {
  name: 'unknown-citation',
  severity: 'error',
  runs: 'in-process',
  description: 'every [@source-id] in prose names a file in content/sources/',
  check: (ctx) =>
    ctx.files.flatMap((f) =>
      (f.scan?.citations ?? [])
        .filter((c) => !ctx.byKey.has(keyOf('sources', c.id)))
        .map((c) => ({
          file: f.file,
          line: c.line,
          rule: 'unknown-citation',
          severity: 'error' as const,
          message: `[@${c.id}] cites a source that does not exist`,
          fix: `create content/sources/${c.id}.yaml (title, url, publisher, published, accessed, language, kind) or correct the id`,
        })),
    ),
};
