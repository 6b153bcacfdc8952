/**
 * Content Security Policy. Astro hashes every script and style it bundles; this adds what it cannot see:
 * - the inline theme script (its hash, so no 'unsafe-inline' for scripts);
 * - 'wasm-unsafe-eval', which Pagefind's WebAssembly search needs (it allows compiling wasm, not eval);
 * - style attributes: Shiki colours code tokens with inline `style="--shiki-light:…"`, so
 *   `style-src-attr 'unsafe-inline'` (attributes only; <style> elements stay hash-checked).
 * The site loads nothing from other origins: no CDNs, fonts or analytics.
 */
import { themeScriptHash } from '../views/theme';

export const contentSecurityPolicy = {
  scriptDirective: {
    resources: ["'self'", "'wasm-unsafe-eval'"],
    hashes: [themeScriptHash],
  },
  styleDirective: {
    resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' as const }],
  },
  directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
};
