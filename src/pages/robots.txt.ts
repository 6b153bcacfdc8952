import type { APIRoute } from 'astro';
import { assetUrl } from '../i18n/urls';

/** robots.txt: everything may be crawled; points at the sitemap index. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(assetUrl('sitemap-index.xml'), site)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
