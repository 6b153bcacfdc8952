import { spawnSync } from 'node:child_process';
import path from 'node:path';

export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, ANSI colours removed. */
  output: string;
  outDir: string;
}

/**
 * Runs the real `astro build` on a content tree, in a child process on the same Node as the tests
 * (npm puts Node 24 first on PATH), with its own cache and output folder so builds can run side by side.
 */
export function astroBuild(contentDir: string, workDir: string): BuildResult {
  const outDir = path.join(workDir, 'dist');
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      // Vitest sets NODE_ENV=test; a production build must not inherit it (import.meta.env.DEV would be true).
      NODE_ENV: 'production',
      ATLAS_CONTENT_DIR: contentDir,
      ATLAS_OUT_DIR: outDir,
      ATLAS_CACHE_DIR: path.join(workDir, '.astro-cache'),
      NO_COLOR: '1',
    },
  });
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { code: result.status, output, outDir };
}
