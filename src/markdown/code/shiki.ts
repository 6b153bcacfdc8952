/**
 * Shiki settings for every code block: GitHub's current light and dark themes as CSS variables (the site's
 * `data-theme` picks one; see styles/global.css), Atlas's transformers, and the languages Shiki lacks.
 * The "-default" themes, not the older github-light/github-dark: every token colour meets WCAG AA
 * (4.5:1) on their backgrounds, where the older ones fall to 3.0:1 (dark comments) and 3.5:1 (light).
 */
import type { ShikiConfig } from 'astro';
import { codeTransformers } from './transformers';
import { thrift } from './thrift';

export const shikiConfig = {
  themes: { light: 'github-light-default', dark: 'github-dark-default' },
  defaultColor: false,
  langs: [thrift],
  transformers: codeTransformers(),
} satisfies Partial<ShikiConfig>;

/** Languages Atlas highlights beyond Shiki's bundle, and fences that are not highlighted at all. */
export const extraLanguages = [thrift.name, ...(thrift.aliases ?? [])];
export const unhighlightedLanguages = ['mermaid', 'math', 'text', 'txt', 'plaintext', 'plain', ''];
