/**
 * Everything a rule may look at, computed once: the files, their validated data, their body scans and
 * the knowledge graph. Rules are small functions over this context.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildGraph, keyOf, type EntryKey, type Graph } from '../knowledge/graph';
import { graphInputOf } from '../knowledge/graph-input';
import { scanBody, type BodyScan } from '../markdown/scan';
import { schemasFor } from '../schemas';
import { plainReference } from '../schemas/plain-reference';
import { translationSchemaFor } from '../schemas/translation';
import type { Problem } from './problem';
import type { ContentFile, ContentTree } from '../content-files/read';
import { reading } from './rules/reading';
import { schemaProblems } from './zod-issues';

export interface CheckedFile extends ContentFile {
  /** Validated data, when the frontmatter passed its schema. */
  valid?: Record<string, unknown>;
  scan?: BodyScan;
}

export interface CheckContext {
  tree: ContentTree;
  files: CheckedFile[];
  /** Original-language entries by key. */
  byKey: Map<EntryKey, CheckedFile>;
  /** Translations by the key of their original. */
  translations: Map<EntryKey, CheckedFile[]>;
  graph: Graph;
  /** Problems found while building the context (syntax and schema). */
  problems: Problem[];
  /** The file's text as it is on disk. */
  raw(file: CheckedFile): string;
  /** Where slow rules remember the blocks that passed (see pass-cache.ts); undefined: check everything. */
  cacheDir?: string;
  /** The repository root: where the examples module (go/) is. */
  repoRoot: string;
  /**
   * A missing or too-old Go toolchain is an error (CI, `npm run check:content`, `npm test`), not a warning
   * (`npm start`, `npm run build` and `dev` on a machine with Node alone build the whole site without the Go checks).
   */
  requireTools: boolean;
}

const schemas = schemasFor(plainReference);

export function buildContext(tree: ContentTree, options: { repoRoot?: string; requireTools?: boolean } = {}): CheckContext {
  const problems: Problem[] = [];
  const files: CheckedFile[] = tree.files.map((f) => ({ ...f }));
  if (tree.tagsError) {
    problems.push({
      file: tree.tagsError.file,
      line: tree.tagsError.line,
      rule: 'yaml-syntax',
      severity: reading.kinds['yaml-syntax']!.severity,
      message: `${tree.tagsError.message}; no tag can be checked until this file reads`,
      fix: tree.tagsError.fix,
    });
  }
  for (const f of files) {
    if (f.encodingError) {
      problems.push({
        file: f.file,
        line: f.encodingError.line,
        rule: 'file-encoding',
        severity: reading.kinds['file-encoding']!.severity,
        message: `${f.encodingError.message}, at column ${f.encodingError.column}`,
        fix: 'save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8); nothing else of it was checked',
      });
      continue;
    }
    if (f.syntaxError) {
      problems.push({
        file: f.file,
        line: f.syntaxError.line,
        rule: 'yaml-syntax',
        severity: reading.kinds['yaml-syntax']!.severity,
        message: f.syntaxError.message,
        fix: f.syntaxError.fix,
      });
      continue;
    }
    const schema = f.locale === 'en' ? schemas[f.collection] : translationSchemaFor(f.collection);
    const parsed = schema.safeParse(f.data ?? {});
    if (parsed.success) f.valid = parsed.data as Record<string, unknown>;
    else problems.push(...schemaProblems(f, parsed.error));
    if (f.format === 'md' || f.format === 'mdx') {
      try {
        f.scan = scanBody(f.body, f.format, f.bodyLineOffset);
      } catch (e) {
        // The parser's message starts "line:column:" (in the body); drop its rule name in brackets.
        const raw = String((e as Error).message).split('\n')[0]!;
        const at = /^(\d+):(\d+): (.*?)(?: \([a-z-]+:[a-z-]+\))?$/.exec(raw);
        problems.push({
          file: f.file,
          line: f.bodyLineOffset + (at ? Number(at[1]) : 1),
          rule: 'markdown-syntax',
          severity: reading.kinds['markdown-syntax']!.severity,
          // Positions inside the message ("(6:1)") are in the body: say them as lines of the file.
          message: at ? `${at[3]!.replace(/\((\d+):\d+\)/g, (_, l: string) => `(line ${f.bodyLineOffset + Number(l)})`)} (column ${at[2]})` : raw,
          fix: f.format === 'mdx' ? 'in MDX, escape { } < > in prose as \\{ \\} &lt; &gt;, and close every tag' : 'fix the Markdown syntax',
        });
      }
    }
  }

  const byKey = new Map<EntryKey, CheckedFile>();
  const translations = new Map<EntryKey, CheckedFile[]>();
  for (const f of files) {
    const key = keyOf(f.collection, f.id);
    if (f.locale === 'en') {
      if (!byKey.has(key)) byKey.set(key, f);
    } else translations.set(key, [...(translations.get(key) ?? []), f]);
  }

  const entries = [...byKey.values()]
    .filter((f) => f.valid)
    .map((f) => ({ collection: f.collection, id: f.id, data: f.valid!, file: f.abs, scan: f.scan }));
  const raw = (file: CheckedFile) => readFileSync(file.abs, 'utf8');
  return {
    tree,
    files,
    byKey,
    translations,
    graph: buildGraph(graphInputOf(entries, tree.root)),
    problems,
    raw,
    repoRoot: options.repoRoot ?? process.cwd(),
    requireTools: options.requireTools ?? (Boolean(process.env.CI) && process.env.CI !== 'false'),
  };
}

/** Repository-relative path for printing. */
export const relPath = (abs: string) => path.relative(process.cwd(), abs).split(path.sep).join('/');
