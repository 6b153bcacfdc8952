/**
 * Build hook: social cards. `astro build` starts the card renderer (social/render-cards.ts) as a process
 * of its own when it starts, so cards are drawn on the other core while Astro loads content, bundles and
 * renders pages; when the pages are written, the cards are linked (or copied) from the cache into `og/`.
 * Cards are cached by content hash in `<cacheDir>/social-cards`: a rebuild draws only changed cards.
 * `astro dev` serves the same cards from a route instead (social/dev-card-route.ts).
 */
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lowerPriority } from '../checks/background';
import type { RenderManifest, RenderRequest } from '../social/render-cards';

const renderer = fileURLToPath(new URL('../social/render-cards.ts', import.meta.url));

/** Runs the renderer on this Node (tsx loads its TypeScript); rejects with its error output when it fails. */
export function runCardRenderer(request: RenderRequest): Promise<RenderManifest> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', renderer, JSON.stringify(request)], { cwd: request.repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    lowerPriority(child.pid); // beside the build: it yields the CPU to Astro's main thread
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve(JSON.parse(out.trim().split('\n').pop()!) as RenderManifest);
      else reject(new Error(`social cards: the card renderer (src/social/render-cards.ts) failed with exit code ${code}:\n${err.trim()}`));
    });
  });
}

/** Puts every card of the manifest at its path under `dir`: a hard link to the cached file, else a copy. */
export function placeCards(manifest: RenderManifest, dir: string): void {
  for (const card of manifest.cards) {
    const target = path.join(dir, card.path);
    mkdirSync(path.dirname(target), { recursive: true });
    rmSync(target, { force: true });
    try {
      linkSync(card.file, target);
    } catch {
      copyFileSync(card.file, target);
    }
  }
}

export function socialCards(contentRoot: string): AstroIntegration {
  let rendering: Promise<RenderManifest> | undefined;
  return {
    name: 'atlas:social-cards',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute }) => {
        const cacheDir = path.join(fileURLToPath(config.cacheDir), 'social-cards');
        if (command === 'dev') {
          injectRoute({ pattern: '/og/[...card].png', entrypoint: new URL('../social/dev-card-route.ts', import.meta.url), prerender: true });
          return;
        }
        if (command !== 'build') return;
        mkdirSync(cacheDir, { recursive: true });
        rendering = runCardRenderer({ root: path.resolve(contentRoot), repoRoot: process.cwd(), cacheDir });
        rendering.catch(() => {}); // awaited in astro:build:done
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!rendering) return;
        const started = performance.now();
        const manifest = await rendering;
        placeCards(manifest, fileURLToPath(dir));
        logger.info(
          `social cards: ${manifest.cards.length} (${manifest.drawn} drawn, ${manifest.reused} from the cache) in ${manifest.ms} ms, ` +
            `beside the build; placed in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
