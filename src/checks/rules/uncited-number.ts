import { defineRule } from './types';

/**
 * A number with a unit ("8.3 ms", "50,000 QPS", "30%", "10 倍") is a measured claim: it needs a citation
 * in the same paragraph. Numbers in code, headings and frontmatter figures are not prose and not checked.
 */
export const measuredNumber =
  /(?<![\w.])\d[\d,.]*\s?(?:ms|µs|us|ns|s|%|qps|QPS|rps|RPS|[KMG]i?B|kB|x|×|倍|毫秒|微秒|秒|万|亿|(?:requests|queries|services|connections|cores|CPUs|nodes|instances|users)\b)(?![\w])/u;

export const uncitedNumber = defineRule({
  name: 'uncited-number',
  runs: 'in-process',
  kinds: {
    'uncited-number': { severity: 'warning', description: 'a number with a unit in prose has a citation in the same paragraph' },
  },
  check: (ctx) =>
    ctx.files.flatMap((f) =>
      (f.scan?.paragraphs ?? [])
        .filter((p) => !p.cited && measuredNumber.test(p.text))
        .map((p) => ({
          file: f.file,
          line: p.line,
          rule: 'uncited-number',
          message: `"${measuredNumber.exec(p.text)![0]}" is a measured number with no citation in its paragraph`,
          fix: 'add [@source-id] after the sentence that states it, or remove the number if no source gives it',
        })),
    ),
});
