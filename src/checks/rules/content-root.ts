import { statSync } from 'node:fs';
import path from 'node:path';
import { defineRule } from './types';

/** The content folder exists: a mistyped ATLAS_CONTENT_DIR would otherwise check nothing and build an empty site. */
export const contentRoot = defineRule({
  name: 'content-root',
  runs: 'in-process',
  kinds: {
    'content-root': { severity: 'error', description: 'the content folder exists (ATLAS_CONTENT_DIR, default content/): an empty site never builds quietly' },
  },
  check: (ctx) => {
    const isFolder = (() => {
      try {
        return statSync(ctx.tree.root).isDirectory();
      } catch {
        return false;
      }
    })();
    if (isFolder) return [];
    return [
      {
        file: path.relative(process.cwd(), ctx.tree.root) || '.',
        line: 1,
        rule: 'content-root',
        message: 'there is no content folder here, so there is nothing to check or build',
        fix: 'run from the repository root (content/ is found from there), or set ATLAS_CONTENT_DIR to the folder that holds projects/, orgs/, cases/, guides/, claims/, sources/ and tags.yaml',
      },
    ];
  },
});
