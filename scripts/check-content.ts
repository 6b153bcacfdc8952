/**
 * `npm run check:content`: validates content/ in seconds, without building the site, using the exact
 * schemas and link/citation rules of the build. Exits 1 on any blocking problem.
 *   --root <dir>   check another content tree (default: content/, or $ATLAS_CONTENT_DIR)
 *   --github       also print GitHub Actions annotations
 *   --list         print every kind of problem the checker reports, with its rule file, and exit
 */
import { checkContent, formatReport } from '../src/checks';
import { ruleTable } from '../src/checks/rules/table';
import { contentRoot } from '../src/content-files/layout';

const args = process.argv.slice(2);
if (args.includes('--list')) {
  console.log(ruleTable());
  process.exit(0);
}
const rootArg = args.indexOf('--root');
if (rootArg >= 0) process.env.ATLAS_CONTENT_DIR = args[rootArg + 1];
const started = performance.now();
// Here, unlike in a local build, a missing or too-old Go fails the check: this is what `npm test` and CI run.
const problems = await checkContent(contentRoot(), process.cwd(), { requireTools: true });
console.log(problems.length ? formatReport(problems) : 'content check: no problems');
if (args.includes('--github') || process.env.GITHUB_ACTIONS) {
  for (const p of problems) {
    const level = p.severity === 'error' ? 'error' : 'warning';
    console.log(`::${level} file=${p.file},line=${p.line},title=${p.rule}::${p.message} — fix: ${p.fix}`);
  }
}
console.log(`checked in ${Math.round(performance.now() - started)} ms`);
process.exit(problems.some((p) => p.severity === 'error') ? 1 : 0);
