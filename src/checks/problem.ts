/** One finding of the content checker: where, which rule, what is wrong, and how to fix it. */
export interface Problem {
  /** Path relative to the repository root, e.g. content/projects/kitex.md. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** Rule name, e.g. `broken-link`. */
  rule: string;
  /** `error` fails the build and CI; `warning` is printed only. */
  severity: 'error' | 'warning';
  /** What is wrong, naming the field or the offending text. */
  message: string;
  /** What to do about it, concrete enough to copy. */
  fix: string;
}

/** `file:line: rule: message` followed by an indented fix line. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.rule}: ${p.message}\n    fix: ${p.fix}`;
}

/** The whole report, errors first, with a closing count line. */
export function formatReport(problems: Problem[]): string {
  const sorted = [...problems].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line,
  );
  const errors = problems.filter((p) => p.severity === 'error').length;
  const lines = sorted.map((p) => `${p.severity === 'error' ? '✖' : '⚠'} ${formatProblem(p)}`);
  lines.push(`${errors} error(s), ${problems.length - errors} warning(s)`);
  return lines.join('\n');
}
