import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import { bodyOfText, splitFrontmatter } from '../../content-files/frontmatter';
import { scanBody, translatedHeadingSlugs } from '../scan';

/**
 * Gives a translation's headings the ids of the original's headings, in order, so `#anchors` mean the same
 * section in every language: a link to `…/cases/bytedance-kitex/#results` lands on the results section
 * of the Chinese page too, and a shared URL keeps working when the reader switches language.
 * Astro's own heading-id step keeps an id that is already set. When the translation's headings do not
 * line up with the original's (a different count), its own ids are left as they are.
 */
export const translationHeadingIds = (fctx: PluginFactoryContext) => {
  const file = fctx.fileURL ? fileURLToPath(fctx.fileURL) : '';
  const original = file.replace(/\.zh\.(mdx?)$/, '.$1');
  if (original === file || !existsSync(original)) return null;
  const originalText = readFileSync(original, 'utf8').replace(/^\uFEFF/, '');
  const originalHeadings = scanBody(splitFrontmatter(originalText)?.body ?? originalText, original.endsWith('.mdx') ? 'mdx' : 'md').headings;
  const own = scanBody(bodyOfText(fctx.source), file.endsWith('.mdx') ? 'mdx' : 'md').headings;
  if (own.length !== originalHeadings.length) return null;
  const ids = translatedHeadingSlugs(originalHeadings, own);
  let i = 0;
  return defineHastPlugin({
    name: 'atlas-translation-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const id = ids[i++];
        if (id && typeof node.properties?.id !== 'string') ctx.setProperty(node, 'id', id);
      },
    },
  });
};
