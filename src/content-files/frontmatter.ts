/**
 * The `---` frontmatter block of a Markdown file: one splitter for the checker, the site graph and the
 * Markdown plugins, so they never disagree about where the body starts. Unix and Windows line endings.
 */
const block = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export interface SplitFile {
  /** The YAML between the fences ('' for an empty block). */
  yaml: string;
  /** 1-based line of the YAML's first line in the file. */
  yamlFirstLine: number;
  body: string;
  /** File lines before the body. */
  bodyLineOffset: number;
}

/** Splits frontmatter from body; undefined when the file does not start with a `---` block. */
export function splitFrontmatter(text: string): SplitFile | undefined {
  const m = block.exec(text) ?? /^---[ \t]*\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return undefined;
  return { yaml: m[1] ?? '', yamlFirstLine: 2, body: text.slice(m[0].length), bodyLineOffset: m[0].split('\n').length - 1 };
}

/** The body of a Markdown file ('' for a file without one); the whole text when there is no frontmatter. */
export const bodyOfText = (text: string): string => splitFrontmatter(text.replace(/^\uFEFF/, ''))?.body ?? text;
