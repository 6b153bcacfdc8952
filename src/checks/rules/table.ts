/**
 * Every kind of problem the checker reports, from the rules' own declarations: what
 * `npm run check:content -- --list` prints and what CONTRIBUTING §7 shows (a test keeps them equal).
 */
import { rules } from '.';

export interface KindRow {
  kind: string;
  severity: 'error' | 'warning';
  description: string;
  /** The rule's file under src/checks/rules/. */
  file: string;
}

export function ruleKinds(): KindRow[] {
  // A rule's name is its file's name (rules/types.ts, RuleSpec.name).
  return rules.flatMap((r) => Object.entries(r.kinds).map(([kind, k]) => ({ kind, severity: k.severity, description: k.description, file: `${r.name}.ts` })));
}

/** The Markdown table of CONTRIBUTING §7: blocking kinds first, then warnings. */
export function ruleTable(): string {
  const rows = [...ruleKinds()].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return [
    '| problem | blocks the build | what it checks | rule file |',
    '|---|---|---|---|',
    ...rows.map((r) => `| \`${r.kind}\` | ${r.severity === 'error' ? 'yes' : 'no (warning)'} | ${r.description.replace(/\|/g, '\\|')} | \`src/checks/rules/${r.file}\` |`),
  ].join('\n');
}
