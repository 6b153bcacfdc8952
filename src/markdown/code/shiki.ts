/**
 * Shiki settings for every code block: GitHub's light and dark themes as CSS variables (the site's
 * `data-theme` picks one; see styles/global.css), Atlas's transformers, and the languages Shiki lacks.
 */
import type { ShikiConfig } from 'astro';
import { codeTransformers } from './transformers';
import { thrift } from './thrift';

export const shikiConfig = {
  themes: { light: 'github-light', dark: 'github-dark' },
  defaultColor: false,
  langs: [thrift],
  transformers: codeTransformers(),
} satisfies Partial<ShikiConfig>;

/** Languages Atlas highlights beyond Shiki's bundle, and fences that are not highlighted at all. */
export const extraLanguages = [thrift.name, ...(thrift.aliases ?? [])];
export const unhighlightedLanguages = ['mermaid', 'math', 'text', 'txt', 'plaintext', 'plain', ''];
