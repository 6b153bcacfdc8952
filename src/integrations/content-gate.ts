/**
 * Build hook: runs the content checker before Astro loads any content, and fails `astro build` on any
 * blocking problem, naming file:line, rule, and fix. Astro alone would only log a dangling reference or
 * a render error and exit 0; this gate is why bad content never ships silently.
 *
 * The checker's in-process rules (schemas, references, links, citations…) run first and stop the build
 * before any content is loaded. Its tool rules (Mermaid's parser, gofmt, go vet) run in another thread and
 * in processes while Astro builds, and the build awaits them when the pages are written: a problem they
 * find is printed as soon as it is known and fails the build at that point, before the search index,
 * and the written output is removed (a failed build leaves nothing to deploy).
 * In `astro dev` the same reports are printed as warnings, so the preview keeps running while you fix.
 */
import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatReport, startContentCheck, type Problem } from '../checks';

const errorsIn = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');

function failure(problems: Problem[]): Error {
  return new Error(`Content check failed: ${errorsIn(problems).length} blocking problem(s)\n\n${formatReport(problems)}\n`);
}

export function contentGate(contentRoot: string): AstroIntegration {
  let tools: Promise<Problem[]> | undefined;
  return {
    name: 'atlas:content-gate',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const started = performance.now();
        // Astro's cache folder also remembers the Mermaid and Go blocks that passed (src/checks/pass-cache.ts).
        const check = startContentCheck(contentRoot, process.cwd(), { cacheDir: fileURLToPath(config.cacheDir) });
        const ms = Math.round(performance.now() - started);
        if (errorsIn(check.problems).length && command === 'build') throw failure(check.problems);
        if (check.problems.length) logger.warn(`\n${formatReport(check.problems)}`);
        else logger.info(`content check passed in ${ms} ms; Mermaid and Go blocks are checked while the site builds`);
        tools = check.toolProblems.then((problems) => {
          const toolMs = Math.round(performance.now() - started);
          if (errorsIn(problems).length && command === 'build') {
            logger.error(`the Mermaid and Go checks found blocking problems; the build fails when the pages are written:\n\n${formatReport(problems)}`);
          } else if (problems.length) logger.warn(`\n${formatReport(problems)}`);
          else logger.info(`Mermaid and Go blocks checked in ${toolMs} ms`);
          return problems;
        });
        // Awaited in astro:build:done; in dev nothing awaits it, and its report above is all there is.
        tools.catch((error: unknown) => logger.error(`the Mermaid and Go checks could not run: ${String(error)}`));
      },
      'astro:build:done': async ({ dir }) => {
        const problems = await tools;
        if (problems && errorsIn(problems).length) {
          // The pages are written by now: remove them, so a failed build leaves nothing to deploy.
          rmSync(fileURLToPath(dir), { recursive: true, force: true });
          throw failure(problems);
        }
      },
    },
  };
}
