/**
 * Turns schema issues into problems a contributor can act on: the field path, what was expected,
 * what was found, and a fix. Astro's own wording is close but garbled in places (`title**: **title`).
 */
import type { z } from 'astro/zod';
import type { ContentFile } from '../content-files/read';
import type { Problem } from './problem';
import { figureWithoutSource } from './rules/figure-source';

const schemaFile: Record<string, string> = {
  projects: 'src/schemas/project.ts',
  orgs: 'src/schemas/org.ts',
  cases: 'src/schemas/case.ts',
  guides: 'src/schemas/guide.ts',
  claims: 'src/schemas/claim.ts',
  about: 'src/schemas/about.ts',
  sources: 'src/schemas/source.ts',
  tags: 'src/schemas/tag.ts',
};

/** `figures[0].source` from ['figures', 0, 'source']. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)),
    '',
  );
}

type Issue = z.core.$ZodIssue;

function describe(issue: Issue, file: ContentFile): { message: string; fix: string; rule?: 'figure-source' } {
  const field = fieldName(issue.path);
  const where = file.locale === 'en' ? schemaFile[file.collection]! : 'src/schemas/translation.ts';
  const last = String(issue.path.at(-1) ?? '');
  const value = getIn(file.data, issue.path);
  const options = issue.code === 'invalid_value' ? issue.values.map((v) => String(v)).join(', ') : undefined;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `\`${k}\``).join(', ');
    return {
      message: `${field ? field + ': ' : ''}unknown field(s) ${keys}`,
      fix: `remove ${keys} or correct the spelling; the fields are listed with comments in ${where}`,
    };
  }
  if (value === undefined && issue.code !== 'custom') {
    if (last === 'source' && issue.path[0] === 'figures') {
      return { rule: 'figure-source', message: figureWithoutSource.message(field), fix: figureWithoutSource.fix };
    }
    return {
      message: `${field}: required field is missing`,
      fix: options ? `add \`${last}:\` with one of: ${options}` : `add \`${last}:\` to the frontmatter; ${where} says what it holds`,
    };
  }
  if (options) return { message: `${field}: ${JSON.stringify(value)} is not allowed`, fix: `use one of: ${options}` };
  const [message, fix] = issue.message.split('\nfix: ');
  if (fix) return { message: `${field}: ${message}`, fix };
  if (issue.code === 'invalid_format' || issue.code === 'custom') {
    return { message: `${field}: ${JSON.stringify(value)} is not valid`, fix: issue.message };
  }
  return { message: `${field}: ${issue.message}`, fix: `correct \`${field}\`; ${where} documents the field` };
}

function getIn(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k as string];
  }
  return v;
}

/** Problems for every issue of a failed parse. */
export function schemaProblems(file: ContentFile, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const { message, fix, rule } = describe(issue, file);
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    return { file: file.file, line: file.lineOf(path), rule: rule ?? 'schema', severity: 'error' as const, message, fix };
  });
}
