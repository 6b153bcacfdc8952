/**
 * The one reader of content files: walks content/, refuses what the site would not publish (and says
 * why), decodes strict UTF-8, splits frontmatter and parses YAML with line numbers. The content checker,
 * the scaffold, the social card renderer and the scripts all read content through here; the Markdown
 * plugins and the site graph use its splitter (frontmatter.ts), so nobody disagrees about a file.
 */
import { lstatSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { allCollections, entryCollections, type AtlasCollection } from '../schemas';
import { idPattern } from '../schemas/common';
import { closest } from '../util/suggest';
import { decodeContent } from './decode';
import { splitFrontmatter } from './frontmatter';
import { classifyContentPath, tagsFile } from './layout';
import { parseYamlAt, type ParsedYaml } from './yaml';

export interface ContentFile {
  /** Path relative to the repository root (what problems print). */
  file: string;
  /** Absolute path. */
  abs: string;
  collection: AtlasCollection;
  id: string;
  locale: 'en' | 'zh';
  format: 'md' | 'mdx' | 'yaml';
  /** Parsed frontmatter (or the YAML document for data files), before validation. */
  data: unknown;
  /** Line of a field path in the file, e.g. ['figures', 0, 'source']; falls back to the nearest parent. */
  lineOf(fieldPath: readonly PropertyKey[]): number;
  /** Markdown body ('' for YAML). */
  body: string;
  /** File lines before the body. */
  bodyLineOffset: number;
  /** The file's text, BOM removed ('' when it could not be decoded). */
  text: string;
  /** A YAML syntax error (or a missing frontmatter block). */
  syntaxError?: { message: string; line: number };
  /** Bytes that are not UTF-8: nothing else of the file was read. */
  encodingError?: { message: string; line: number; column: number };
}

/** A file or folder under content/ that the site would not publish, with the reason and the fix. */
export interface RefusedPath {
  file: string;
  message: string;
  fix: string;
}

export interface ContentTree {
  root: string;
  files: ContentFile[];
  /** Everything under content/ that is not an entry: refused, each with its reason. */
  refused: RefusedPath[];
  /** content/tags.yaml when it could not be read: its error is reported once, not as one unknown tag per use. */
  tagsError?: { file: string; message: string; line: number };
}

/** A larger file is a mistake (a pasted log, a binary): content pages are a few kilobytes. */
export const maxFileBytes = 1024 * 1024;

/** Hidden files (.DS_Store, editor swap files) are not content and are passed over. */
const hidden = (name: string) => name.startsWith('.');

/** Why a file name is not an entry name, or undefined when it is one. */
export function badEntryName(relPath: string): { message: string; fix: string } | undefined {
  const parts = relPath.split('/');
  const name = parts.at(-1)!;
  const collection = parts[0] as AtlasCollection;
  const m = /^(.*?)((?:\.zh)?\.(?:mdx?|ya?ml))$/.exec(name);
  if (!m) {
    const wanted = collection === 'sources' ? '<id>.yaml' : '<id>.md, <id>.mdx or a translation <id>.zh.md';
    return { message: `"${name}" is not a file the site publishes`, fix: `entries here are named ${wanted}; move other files out of content/` };
  }
  const [, stem, ext] = m as unknown as [string, string, string];
  const isYaml = /\.ya?ml$/.test(ext);
  if (isYaml !== (collection === 'sources')) {
    return collection === 'sources'
      ? { message: `"${name}": sources are YAML files`, fix: 'write the source as <id>.yaml (see CONTRIBUTING.md, "Sourcing rules")' }
      : { message: `"${name}": entries of ${collection}/ are Markdown files`, fix: `write the entry as <id>.md (or .mdx), or move the file to content/sources/ if it is a source` };
  }
  if (ext.startsWith('.zh') && !(entryCollections as readonly string[]).includes(collection)) {
    return { message: `"${name}": ${collection} have no translations`, fix: 'remove the .zh file; only entry pages are translated' };
  }
  const segments = [...parts.slice(1, -1), stem];
  const bad = segments.find((s) => !idPattern.test(s));
  if (!bad) return undefined;
  const foreign = [...bad].find((ch) => ch.codePointAt(0)! > 0x7f);
  const slug = bad.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const why = foreign
    ? `it contains ${JSON.stringify(foreign)} (U+${foreign.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}), which is not a plain ASCII letter: it may look like one but makes a different URL`
    : 'the file name is the page\'s id and URL, so it must be lower-case words joined by hyphens';
  return { message: `"${name}" is not a valid id: ${why}`, fix: slug ? `rename it to ${[...parts.slice(0, -1), `${slug}${ext}`].join('/')}` : 'rename it with lower-case ASCII letters, digits and hyphens' };
}

function parsed(text: string, format: ContentFile['format']): Pick<ContentFile, 'data' | 'lineOf' | 'body' | 'bodyLineOffset' | 'syntaxError'> {
  if (format === 'yaml') return { ...parseYamlAt(text, 1), body: '', bodyLineOffset: 0 };
  const split = splitFrontmatter(text);
  if (!split) {
    return { data: undefined, lineOf: () => 1, body: text, bodyLineOffset: 0, syntaxError: { message: 'the file has no frontmatter block (--- … ---) at the top', line: 1 } };
  }
  const yaml: ParsedYaml = parseYamlAt(split.yaml, split.yamlFirstLine);
  return { ...yaml, body: split.body, bodyLineOffset: split.bodyLineOffset };
}

/** Loads every content file under `root` (the content directory). `repoRoot` makes printed paths relative. */
export function loadContentTree(root: string, repoRoot = process.cwd()): ContentTree {
  const files: ContentFile[] = [];
  const refused: RefusedPath[] = [];
  const rel = (abs: string) => path.relative(repoRoot, abs).split(path.sep).join('/');
  const folders = allCollections.filter((c) => c !== 'tags');
  let top: string[] = [];
  try {
    top = readdirSync(root);
  } catch {
    return { root, files, refused };
  }
  for (const name of top.sort()) {
    if (hidden(name) || name === tagsFile || (folders as readonly string[]).includes(name)) continue;
    const isDir = lstatSync(path.join(root, name)).isDirectory();
    const near = closest(name.replace(/\.\w+$/, ''), [...folders, 'tags']);
    refused.push({
      file: rel(path.join(root, name)) + (isDir ? '/' : ''),
      message: isDir ? `"${name}/" is not a folder the site reads, so nothing in it would be published` : `"${name}" is not a file the site reads`,
      fix: near ? `did you mean content/${near === 'tags' ? tagsFile : `${near}/`}? The folders are: ${folders.join(', ')}` : `move it into one of: ${folders.join(', ')}`,
    });
  }
  for (const collection of folders) {
    const walk = (dir: string) => {
      let names: string[] = [];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names.sort()) {
        if (hidden(name)) continue;
        const abs = path.join(dir, name);
        const relToRoot = path.relative(root, abs).split(path.sep).join('/');
        const stat = lstatSync(abs);
        if (stat.isSymbolicLink()) {
          refused.push({ file: rel(abs), message: 'this is a symbolic link: content must be regular files', fix: 'copy the file here instead; a link could point anywhere on the machine that builds the site' });
          continue;
        }
        if (stat.isDirectory()) {
          const bad = !idPattern.test(name);
          if (bad) refused.push({ file: `${rel(abs)}/`, message: `folder "${name}" is not a valid id segment`, fix: 'name nested folders with lower-case words joined by hyphens' });
          else walk(abs);
          continue;
        }
        const badName = badEntryName(relToRoot);
        if (badName) {
          refused.push({ file: rel(abs), ...badName });
          continue;
        }
        if (stat.size > maxFileBytes) {
          refused.push({ file: rel(abs), message: `the file is ${(stat.size / 1024 / 1024).toFixed(1)} MB; entries are a few kilobytes`, fix: 'split it into several entries, or remove what does not belong in a page' });
          continue;
        }
        const kind = classifyContentPath(relToRoot)!;
        const format = /\.ya?ml$/.test(name) ? 'yaml' : name.endsWith('.mdx') ? 'mdx' : 'md';
        const base = { file: rel(abs), abs, collection, id: kind.id, locale: kind.locale, format } as const;
        const decoded = decodeContent(readFileSync(abs));
        if (!decoded.ok) {
          files.push({ ...base, data: undefined, lineOf: () => decoded.line, body: '', bodyLineOffset: 0, text: '', encodingError: decoded });
          continue;
        }
        files.push({ ...base, text: decoded.text, ...parsed(decoded.text, format) });
      }
    };
    walk(path.join(root, collection));
  }
  const tagsPath = path.join(root, tagsFile);
  let tagsText: string | undefined;
  try {
    const decoded = decodeContent(readFileSync(tagsPath));
    if (decoded.ok) tagsText = decoded.text;
    else return { root, files, refused, tagsError: { file: rel(tagsPath), message: decoded.message, line: decoded.line } };
  } catch {
    /* no tags file: every tag reference is reported as unknown */
  }
  if (tagsText === undefined) return { root, files, refused };
  const tags = parseYamlAt(tagsText, 1);
  if (tags.syntaxError) return { root, files, refused, tagsError: { file: rel(tagsPath), ...tags.syntaxError } };
  const map = (tags.data ?? {}) as Record<string, unknown>;
  for (const id of Object.keys(map)) {
    files.push({
      file: rel(tagsPath),
      abs: tagsPath,
      collection: 'tags',
      id,
      locale: 'en',
      format: 'yaml',
      data: map[id],
      lineOf: (p) => tags.lineOf([id, ...p]),
      body: '',
      bodyLineOffset: 0,
      text: '',
    });
  }
  return { root, files, refused };
}

/** Splits `---` frontmatter from a Markdown file's text and parses it (the scaffold and tests use this). */
export function parseMarkdownFile(text: string) {
  return parsed(text.replace(/^\uFEFF/, ''), 'md');
}
