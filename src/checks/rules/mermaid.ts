import { explainMermaidFailure } from '../mermaid/explain';
import { parseMermaid } from '../mermaid/parse';
import type { Problem } from '../problem';
import type { Rule } from './types';

/** Every ```mermaid block parses with the mermaid version the site draws with; else the page would show an error box. */
export const mermaidSyntax: Rule = {
  name: 'mermaid-syntax',
  severity: 'error',
  description: "every ```mermaid block parses with mermaid's own parser (the version the site renders with)",
  async check(ctx) {
    const blocks = ctx.files.flatMap((file) =>
      (file.scan?.fences ?? []).filter((f) => f.lang === 'mermaid').map((fence) => ({ file, fence })),
    );
    const results = await parseMermaid(blocks.map((b) => b.fence.value));
    return results.flatMap((failure, i): Problem[] => {
      if (!failure) return [];
      const { file, fence } = blocks[i]!;
      const e = explainMermaidFailure(fence.value, failure);
      return [{ file: file.file, line: fence.line + e.line, rule: 'mermaid-syntax', severity: 'error', message: e.message, fix: e.fix }];
    });
  },
};
