import type { CheckedFile } from '../context';
import { defineRule } from './types';

/** Letters and digits only, lower-cased: "What is true." and "what is true" compare equal. */
const normalised = (s: string) => s.toLowerCase().replace(/\[@[^\]]+\]/g, '').replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * A fact check's page shows its correction in the verdict box; the body's opening paragraph must add to it,
 * not repeat it. A reader who sees the same sentence twice stops reading, and learns nothing new.
 */
export const claimOpening = defineRule({
  name: 'claim-opening',
  runs: 'in-process',
  kinds: {
    'claim-opening': { severity: 'error', description: "a fact check's first paragraph does not repeat its `correction` (shown in the verdict box) word for word" },
  },
  check: (ctx) =>
    ctx.files
      .filter((f): f is CheckedFile & { valid: Record<string, unknown> } => f.collection === 'claims' && Boolean(f.valid && f.scan))
      .flatMap((f) => {
        // A translation carries its own correction: each language is compared with its own.
        const correction = (f.valid as { correction?: string }).correction;
        const first = f.scan!.paragraphs[0];
        if (!correction || !first) return [];
        const a = normalised(first.text);
        const b = normalised(correction);
        if (b.length < 12 || !(a.includes(b) || (b.includes(a) && a.length > 12))) return [];
        return [
          {
            file: f.file,
            line: first.line,
            rule: 'claim-opening',
            message: 'the first paragraph repeats the correction, which the page already shows in its verdict box',
            fix: 'open with the evidence instead: what the primary source says, cited; keep the correction text in `correction:` only',
          },
        ];
      }),
});
