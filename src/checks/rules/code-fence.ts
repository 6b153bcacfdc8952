import { bundledLanguages } from 'shiki';
import { extraLanguages, unhighlightedLanguages } from '../../markdown/code/shiki';
import { fenceMetaWords, parseFenceMeta } from '../../markdown/fence-meta';
import type { RuleProblem } from './types';
import { closest } from '../../util/suggest';
import { defineRule } from './types';

/** Names people reach for that Shiki does not use. */
const hints: Record<string, string> = { golang: 'go', 'go-fragment': 'go fragment' };
const known = [...Object.keys(bundledLanguages), ...extraLanguages, ...unhighlightedLanguages].filter(Boolean);

/** A fence's language must be one the site highlights, and its meta words ones the site understands. */
export const codeFence = defineRule({
  name: 'code-fence',
  runs: 'in-process',
  kinds: {
    'code-fence': { severity: 'error', description: 'code fences name a language the site highlights and use only known meta words (title, {lines}, ins, del, fragment)' },
  },
  check(ctx) {
    const problems: RuleProblem<'code-fence'>[] = [];
    for (const file of ctx.files) {
      for (const fence of file.scan?.fences ?? []) {
        const report = (message: string, fix: string) =>
          problems.push({ file: file.file, line: fence.line, rule: 'code-fence', message, fix });
        if (fence.lang && !known.includes(fence.lang)) {
          const guess = hints[fence.lang] ?? closest(fence.lang, known);
          report(
            `"${fence.lang}" is not a language the site can highlight`,
            guess ? `did you mean \`\`\`${guess}? (or use \`\`\`text for plain text)` : 'use a language Shiki knows (go, bash, yaml, json, proto, thrift, sql…) or ```text',
          );
        }
        for (const word of parseFenceMeta(fence.meta).unknown) {
          const guess = closest(word.split('=')[0]!, ['title', 'ins', 'del', 'fragment']);
          report(
            `unknown word "${word}" after \`\`\`${fence.lang}`,
            `${guess ? `did you mean "${guess}"? ` : ''}a fence may carry: ${fenceMetaWords.join(', ')}`,
          );
        }
      }
    }
    return problems;
  },
});
