import { createRequire } from 'node:module';
import { explainMermaidFailure } from '../mermaid/explain';
import { parseMermaid } from '../mermaid/parse';
import { defineRule, type RuleProblem } from './types';
import { openPassCache } from '../pass-cache';

/** A diagram that parsed with this mermaid version parses again: the pass cache is keyed by it. */
const mermaidVersion = `mermaid ${(createRequire(import.meta.url)('mermaid/package.json') as { version: string }).version}`;

/** Every ```mermaid block parses with the mermaid version the site draws with; else the page would show an error box. */
export const mermaidSyntax = defineRule({
  name: 'mermaid',
  runs: 'tools',
  kinds: {
    'mermaid-syntax': { severity: 'error', description: "every ```mermaid block parses with mermaid's own parser (the version the site renders with)" },
  },
  async check(ctx) {
    const passed = openPassCache(ctx.cacheDir, 'mermaid', mermaidVersion);
    const blocks = ctx.files.flatMap((file) =>
      (file.scan?.fences ?? []).filter((f) => f.lang === 'mermaid' && !passed.has(f.value)).map((fence) => ({ file, fence })),
    );
    const results = await parseMermaid(blocks.map((b) => b.fence.value));
    const problems = results.flatMap((failure, i): RuleProblem<'mermaid-syntax'>[] => {
      const { file, fence } = blocks[i]!;
      if (!failure) {
        passed.add(fence.value);
        return [];
      }
      const e = explainMermaidFailure(fence.value, failure);
      return [{ file: file.file, line: fence.line + e.line, rule: 'mermaid-syntax', message: e.message, fix: e.fix }];
    });
    passed.save();
    return problems;
  },
});
