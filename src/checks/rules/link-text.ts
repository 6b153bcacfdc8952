import type { Rule } from './types';

/** Link words that say nothing about the target, for screen-reader users skimming links and for search. */
const vague = new Set(['here', 'click here', 'this', 'this link', 'link', 'read more', 'more', 'this page', '这里', '点击这里', '此处', '链接', '这篇']);

export const linkText: Rule = {
  name: 'link-text',
  severity: 'warning',
  runs: 'in-process',
  description: 'link text names its target ("the GC guide"), never "here"',
  check: (ctx) =>
    ctx.files.flatMap((f) =>
      (f.scan?.linkTexts ?? [])
        .filter((l) => vague.has(l.text.toLowerCase()))
        .map((l) => ({
          file: f.file,
          line: l.line,
          rule: 'link-text',
          severity: 'warning' as const,
          message: `link text "${l.text}" does not say where the link goes`,
          fix: 'use the target\'s name as the link text, e.g. "[the GC guide](../guides/gogc-gomemlimit.md)"',
        })),
    ),
};
