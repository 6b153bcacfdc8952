/**
 * When each content file last changed, from git history: one `git log` for the whole content tree per
 * build (not one process per file). Files git does not know (new, uncommitted) have no date.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

let cache: Map<string, string> | undefined;

/** Absolute file path → ISO date (YYYY-MM-DD) of its last commit. */
export function lastCommitDates(contentRoot: string): Map<string, string> {
  if (cache) return cache;
  cache = new Map();
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: contentRoot, encoding: 'utf8' }).trim();
    const log = execFileSync('git', ['log', '--format=@%cs', '--name-only', '--', '.'], {
      cwd: contentRoot,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    let date = '';
    for (const line of log.split('\n')) {
      if (line.startsWith('@')) date = line.slice(1);
      else if (line) {
        const abs = path.join(top, line);
        if (!cache.has(abs)) cache.set(abs, date);
      }
    }
  } catch {
    /* not a git checkout (e.g. a tarball): pages simply show no "last updated" */
  }
  return cache;
}
