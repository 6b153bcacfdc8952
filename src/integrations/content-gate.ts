/**
 * Build hook: runs the content checker before Astro loads any content, and fails `astro build` on any
 * blocking problem, naming file:line, rule, and fix. Astro alone would only log a dangling reference or
 * a render error and exit 0; this gate is why bad content never ships silently.
 * In `astro dev` the same report is printed as warnings, so the preview keeps running while you fix.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatReport } from '../checks';

export function contentGate(contentRoot: string): AstroIntegration {
  return {
    name: 'atlas:content-gate',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        const started = performance.now();
        // Astro's cache folder also remembers the Mermaid and Go blocks that passed (src/checks/pass-cache.ts).
        const problems = await checkContent(contentRoot, process.cwd(), { cacheDir: fileURLToPath(config.cacheDir) });
        const errors = problems.filter((p) => p.severity === 'error');
        const ms = Math.round(performance.now() - started);
        if (errors.length && command === 'build') {
          throw new Error(`Content check failed: ${errors.length} blocking problem(s)\n\n${formatReport(problems)}\n`);
        }
        if (problems.length) logger.warn(`\n${formatReport(problems)}`);
        else logger.info(`content check passed in ${ms} ms`);
      },
    },
  };
}
