import { defineRule } from './types';

/** Link words that say nothing about the target, for screen-reader users skimming links and for search. */
const vague = new Set(['here', 'click here', 'this', 'this link', 'link', 'read more', 'more', 'this page', '这里', '点击这里', '此处', '链接', '这篇']);

export const linkText = defineRule({
  name: 'link-text',
  runs: 'in-process',
  kinds: {
    'link-text': { severity: 'warning', description: 'link text names its target ("the GC guide"), never "here"' },
  },
  check: (ctx) =>
    ctx.files.flatMap((f) =>
      (f.scan?.linkTexts ?? [])
        .filter((l) => vague.has(l.text.toLowerCase()))
        .map((l) => ({
          file: f.file,
          line: l.line,
          rule: 'link-text',
          message: `link text "${l.text}" does not say where the link goes`,
          fix: 'use the target\'s name as the link text, e.g. "[the GC guide](../guides/gogc-gomemlimit.md)"',
        })),
    ),
});
