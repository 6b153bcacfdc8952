import { checkUrl } from '../../markdown/safe-url';
import type { Problem } from '../problem';
import type { Rule } from './types';

/** Frontmatter fields that hold an address a page links to. */
const urlFields = ['url', 'homepage', 'website'] as const;

/** Every address in content is http(s) or mailto, a site path or a relative link: nothing that runs or embeds. */
export const unsafeUrl: Rule = {
  name: 'unsafe-url',
  severity: 'error',
  runs: 'in-process',
  description: 'links, images and URL fields use http(s), mailto or relative addresses only (no javascript:, data:, file:)',
  check(ctx) {
    const problems: Problem[] = [];
    const fix = 'use a full https:// address, or a relative link to an entry (e.g. ../projects/etcd.md)';
    for (const f of ctx.files) {
      const data = f.data && typeof f.data === 'object' ? (f.data as Record<string, unknown>) : {};
      const circulated = data.circulated && typeof data.circulated === 'object' ? (data.circulated as Record<string, unknown>) : {};
      const fields: [readonly PropertyKey[], unknown][] = [...urlFields.map((k) => [[k], data[k]] as [readonly PropertyKey[], unknown]), [['circulated', 'url'], circulated.url]];
      for (const [field, value] of fields) {
        if (typeof value !== 'string') continue;
        const v = checkUrl(value);
        if (!v.ok) problems.push({ file: f.file, line: f.lineOf(field), rule: 'unsafe-url', severity: 'error', message: `${field.join('.')}: a ${v.scheme}: address is not allowed`, fix });
      }
      for (const [what, list] of [['link', f.scan?.links ?? []], ['image', f.scan?.images ?? []]] as const) {
        for (const l of list) {
          const v = checkUrl(l.href);
          if (!v.ok) problems.push({ file: f.file, line: l.line, rule: 'unsafe-url', severity: 'error', message: `a ${what} to a ${v.scheme}: address is not allowed`, fix });
        }
      }
      for (const img of f.scan?.images ?? []) {
        if (/^(?:https?:)?\/\//i.test(img.href.trim())) {
          problems.push({ file: f.file, line: img.line, rule: 'unsafe-url', severity: 'error', message: `the image ${img.href} is loaded from another site, which the site's content security policy blocks`, fix: 'put the image in public/ and link it by its site path, or describe it in text' });
        }
      }
    }
    return problems;
  },
};
