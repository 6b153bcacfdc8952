import { defineRule } from './types';

/**
 * Characters a reader cannot see but a parser or a browser acts on: C0/C1 controls (other than tab and
 * line breaks) and the bidirectional overrides used to make text read differently from how it is stored
 * ("Trojan Source"). Refused anywhere in a content file.
 */
const invisible = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export const controlCharacters = defineRule({
  name: 'control-characters',
  runs: 'in-process',
  kinds: {
    'control-characters': { severity: 'error', description: 'no control characters or bidirectional overrides in content files' },
  },
  check: (ctx) =>
    ctx.files
      .filter((f) => f.text && invisible.test(f.text))
      .filter((f, i, all) => all.findIndex((g) => g.abs === f.abs) === i)
      .map((f) => {
        const at = f.text.search(invisible);
        const before = f.text.slice(0, at).split('\n');
        const ch = f.text[at]!;
        return {
          file: f.file,
          line: before.length,
          rule: 'control-characters',
          message: `invisible character U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at column ${[...before.at(-1)!].length + 1}`,
          fix: 'delete it (it often comes from pasting out of a chat or a PDF); text direction is handled by the page, not by control characters',
        };
      }),
});
