import { defineRule } from './types';

/**
 * Every figure names the source its number comes from. The schema requires `source:` (so Astro refuses a
 * figure without one too); when it is missing, the checker reports it under this rule, with this text
 * (checks/zod-issues.ts), instead of as a generic missing field.
 */
export const figureSource = defineRule({
  name: 'figure-source',
  runs: 'in-process',
  kinds: {
    'figure-source': { severity: 'error', description: 'every figure names the source its number comes from (`source:`)' },
  },
  check: () => [],
});

export const figureWithoutSource = {
  message: (field: string) => `${field}: this figure has no source`,
  fix: 'add `source: <source-id>` naming the file in content/sources/ the number comes from; a number without a source cannot be published',
};
