/** Where the site is published. The one place to change for a fork or a GitHub Pages project site. */
export const site = {
  /** Public origin, used for canonical URLs, the sitemap and feeds. */
  url: process.env.ATLAS_SITE_URL ?? 'https://go-atlas.github.io',
  /** Path prefix when served from a sub-folder (GitHub Pages project sites), e.g. '/atlas'. */
  base: process.env.ATLAS_BASE ?? '/',
  /** Repository whose files the "edit this page" links open. */
  repository: 'go-atlas/go-atlas',
  /** Branch that holds the content. */
  branch: 'main',
} as const;
