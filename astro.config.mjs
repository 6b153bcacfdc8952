// Astro configuration. Integrations and Markdown plugins live in src/integrations and src/markdown;
// this file only wires them together.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { contentRoot } from './src/content-files/layout.ts';
import { contentGate } from './src/integrations/content-gate.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { socialCards } from './src/integrations/social-cards.ts';
import { atlasMarkdownPlugins, shikiConfig } from './src/markdown/index.ts';
import { site } from './src/site.config.ts';
import { contentSecurityPolicy } from './src/integrations/csp.ts';
import { astroI18n, sitemapI18n } from './src/i18n/locales.ts';

const root = contentRoot();

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  // Test fixtures and benchmarks build in parallel: each gets its own cache and output folder.
  cacheDir: process.env.ATLAS_CACHE_DIR ?? './node_modules/.astro',
  outDir: process.env.ATLAS_OUT_DIR ?? './dist',
  integrations: [
    contentGate(root),
    socialCards(root),
    mdx(),
    searchIndex(),
    sitemap({
      i18n: sitemapI18n,
      filter: (page) => !/\/(404|search-panel)\/$/.test(page),
    }),
  ],
  // Test and benchmark output is not source: don't let the dev server watch it.
  vite: {
    server: { watch: { ignored: ['**/tests/.tmp/**', '**/dist/**', '**/scratch/**'] } },
    // Scripts as files, never inlined: cached across pages, and the CSP then lists no per-script hashes.
    build: { assetsInlineLimit: 0 },
  },
  security: { csp: contentSecurityPolicy },
  markdown: {
    processor: satteri(atlasMarkdownPlugins(root)),
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
    shikiConfig,
  },
  i18n: astroI18n,
});
