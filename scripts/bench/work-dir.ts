/**
 * The work folder (`--work-dir`) may be outside the project, e.g. `../bench-out`. Files built there
 * import packages by name: the baseline copy's `astro.config.mjs` (`astro/config`, `@astrojs/mdx`), and
 * the server chunks Astro writes into every output folder and then imports to render the pages
 * (`dist/.prerender/chunks/*.mjs`: `@oslojs/encoding`…), for Go Atlas as for the baseline. Node and
 * Vite find a package by walking up from the importing file to the nearest `node_modules`; outside the
 * project there is none (or another project's), and every build fails with "Cannot find module".
 * So the work folder gets a link to the project's `node_modules` unless walking up already reaches them.
 */
import { lstatSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/** The first `node_modules` found walking up from `dir` (as Node looks for packages), if any. */
export function nearestModules(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const candidate = path.join(d, 'node_modules');
    if (lstatSync(candidate, { throwIfNoEntry: false })) return candidate;
    if (path.dirname(d) === d) return undefined;
  }
}

const realpath = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return undefined; // a link whose target is gone
  }
};

/**
 * Makes the project's packages resolvable from `work` (which must exist): `reachable` when they already
 * are (a work folder inside the project), `linked` when `work/node_modules` was made a link to them.
 */
export function linkProjectPackages(work: string, modules = path.resolve('node_modules')): 'reachable' | 'linked' {
  const target = realpathSync(modules);
  const nearest = nearestModules(work);
  if (nearest && realpath(nearest) === target) return 'reachable';
  const link = path.join(path.resolve(work), 'node_modules');
  if (nearest === link) {
    const stale = lstatSync(link).isSymbolicLink() && realpath(link) === undefined;
    if (!stale) {
      throw new Error(
        `the work folder has a node_modules of its own (${link}), so its builds would not use the project's packages (${target})\n` +
          `  fix: pass another --work-dir, or remove ${link}`,
      );
    }
    rmSync(link); // our link from a run when the project was somewhere else
  }
  // A junction on Windows needs no privileges; elsewhere the type is ignored.
  symlinkSync(target, link, 'junction');
  return 'linked';
}
