// One glob collection over every Markdown file of the corpus (translations included: they are pages too).
// No schema: the baseline renders the same files without validating them. JavaScript, not TypeScript,
// so the main project's type check does not try to resolve a `docs` collection it does not have.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = process.env.BASELINE_CONTENT_DIR;
if (!base) throw new Error('set BASELINE_CONTENT_DIR to the corpus to build');

export const collections = {
  docs: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base }) }),
};
