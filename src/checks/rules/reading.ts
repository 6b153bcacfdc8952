import { defineRule } from './types';

/**
 * Problems found while a file is read and validated, before any rule looks at it (checks/context.ts
 * reports them): bytes that are not UTF-8, YAML or Markdown that does not parse, frontmatter that does
 * not match its schema. Declared here, with the other rules, so the report, `--list` and CONTRIBUTING
 * name them the same way.
 */
export const reading = defineRule({
  name: 'reading',
  runs: 'in-process',
  kinds: {
    'file-encoding': { severity: 'error', description: 'content files are UTF-8' },
    'yaml-syntax': { severity: 'error', description: 'frontmatter and YAML files parse: no syntax errors, duplicate keys, !tags or alias bombs' },
    'markdown-syntax': { severity: 'error', description: 'Markdown and MDX bodies parse (every MDX tag closed)' },
    schema: { severity: 'error', description: 'frontmatter matches its kind\'s schema in src/schemas/ (known fields, allowed values, real dates)' },
  },
  check: () => [],
});
