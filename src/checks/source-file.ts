/**
 * Reads content files from disk the way the site's collections see them, keeping line numbers so every
 * problem can point at a line. Used by the content checker; the build reads through Astro.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar, type Document } from 'yaml';
import { classifyContentPath, tagsFile } from '../content-files/layout';
import { allCollections, entryCollections, type AtlasCollection } from '../schemas';

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
  /** A YAML syntax error, if the frontmatter did not parse. */
  syntaxError?: { message: string; line: number };
}

function yamlLocator(doc: Document, counter: LineCounter, firstLine: number) {
  return (fieldPath: readonly PropertyKey[]) => {
    for (let n = fieldPath.length; n >= 0; n--) {
      const node = doc.getIn(fieldPath.slice(0, n) as unknown[], true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range && (isScalar(node) || isMap(node) || n > 0)) return counter.linePos(range[0]).line + firstLine - 1;
      if (n === 0) break;
    }
    return firstLine;
  };
}

function parseYamlAt(text: string, firstLine: number) {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const err = doc.errors[0];
  const syntaxError = err
    ? { message: err.message.split('\n')[0]!, line: counter.linePos(err.pos[0]).line + firstLine - 1 }
    : undefined;
  return { data: syntaxError ? undefined : doc.toJS(), lineOf: yamlLocator(doc, counter, firstLine), syntaxError };
}

/** Splits `---` frontmatter from a Markdown file and parses it. */
export function parseMarkdownFile(text: string) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) {
    return { data: undefined, lineOf: () => 1, body: text, bodyLineOffset: 0, syntaxError: { message: 'the file has no frontmatter block (--- … ---) at the top', line: 1 } };
  }
  const yaml = parseYamlAt(m[1]!, 2);
  const bodyLineOffset = m[0].split('\n').length - 1;
  return { ...yaml, data: yaml.data ?? undefined, body: text.slice(m[0].length), bodyLineOffset };
}

export interface ContentTree {
  root: string;
  files: ContentFile[];
  /** Files under content/ that are not entries: wrong extension, or a name that is not a valid id. */
  strays: string[];
}

/** Loads every content file under `root` (the content directory). `repoRoot` makes printed paths relative. */
export function loadContentTree(root: string, repoRoot = process.cwd()): ContentTree {
  const files: ContentFile[] = [];
  const strays: string[] = [];
  const rel = (abs: string) => path.relative(repoRoot, abs).split(path.sep).join('/');
  for (const collection of allCollections) {
    if (collection === 'tags') continue;
    let names: string[] = [];
    try {
      names = readdirSync(path.join(root, collection), { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const abs = path.join(root, collection, name);
      if (!/\.(mdx?|ya?ml)$/.test(name)) {
        if (/\.[a-z]+$/i.test(name)) strays.push(rel(abs));
        continue;
      }
      const kind = classifyContentPath(path.relative(root, abs));
      const wantsYaml = collection === 'sources';
      const isYaml = /\.ya?ml$/.test(name);
      if (!kind || isYaml !== wantsYaml || (kind.locale !== 'en' && !(entryCollections as readonly string[]).includes(collection))) {
        strays.push(rel(abs));
        continue;
      }
      const text = readFileSync(abs, 'utf8');
      const format = isYaml ? 'yaml' : name.endsWith('.mdx') ? 'mdx' : 'md';
      const parsed = isYaml ? { ...parseYamlAt(text, 1), body: '', bodyLineOffset: 0 } : parseMarkdownFile(text);
      files.push({ file: rel(abs), abs, collection, id: kind.id, locale: kind.locale, format, ...parsed });
    }
  }
  const tagsPath = path.join(root, tagsFile);
  try {
    const tags = parseYamlAt(readFileSync(tagsPath, 'utf8'), 1);
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
        syntaxError: tags.syntaxError,
      });
    }
  } catch {
    /* no tags file: every tag reference will be reported as unknown */
  }
  return { root, files, strays };
}
