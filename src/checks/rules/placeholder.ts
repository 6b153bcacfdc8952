import { defineRule } from './types';

/** The scaffold (`npm run new`) marks what the author must write with TODO; none may be published. */
export const placeholder = defineRule({
  name: 'placeholder',
  runs: 'in-process',
  kinds: {
    'placeholder': { severity: 'error', description: 'no TODO left from the scaffold, in frontmatter or prose' },
  },
  check: (ctx) => {
    const seen = new Set<string>();
    return ctx.files.flatMap((f) => {
      if (seen.has(f.abs)) return [];
      seen.add(f.abs);
      let inFence = false;
      const lines = ctx.raw(f).split('\n');
      return lines.flatMap((line, i) => {
        if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
        if (inFence || !/\bTODO\b/.test(line)) return [];
        return [
          {
            file: f.file,
            line: i + 1,
            rule: 'placeholder',
            message: `placeholder left in: ${line.trim().slice(0, 80)}`,
            fix: 'replace the TODO with the real value or sentence (with its source), or delete the line if the field is optional',
          },
        ];
      });
    });
  },
});
