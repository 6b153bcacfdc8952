// The minimal Astro 7 baseline the benchmark compares Go Atlas with: one content collection, one page
// route, MDX (the corpus has .mdx case studies), default Markdown processor and Shiki, no integrations
// of Atlas's. Pagefind indexes its output afterwards (the harness runs the CLI), as in the anchor.
// The harness copies this folder into its work folder and runs `astro build --root <copy>` with the
// main project's installed astro, @astrojs/mdx and pagefind (linked when the work folder is outside the
// project: scripts/bench/work-dir.ts): no install of its own.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://example.com',
  integrations: [mdx()],
  outDir: process.env.BASELINE_OUT_DIR ?? './dist',
  cacheDir: process.env.BASELINE_CACHE_DIR ?? './.astro-cache',
});
