import { checkUrl } from '../../markdown/safe-url';
import { defineRule, type RuleProblem } from './types';

/** Every address in content is http(s) or mailto, a site path or a relative link: nothing that runs or embeds. */
export const unsafeUrl = defineRule({
  name: 'unsafe-url',
  runs: 'in-process',
  kinds: {
    'unsafe-url': { severity: 'error', description: 'links and images in bodies use http(s), mailto or relative addresses only (no javascript:, data:, file:); frontmatter URLs are checked by the schemas' },
  },
  check(ctx) {
    const problems: RuleProblem<'unsafe-url'>[] = [];
    const fix = 'use a full https:// address, or a relative link to an entry (e.g. ../projects/etcd.md)';
    for (const f of ctx.files) {
      // Frontmatter addresses (url, homepage, website, circulated.url) are http(s) by schema (schemas/common.ts, httpUrl).
      for (const [what, list] of [['link', f.scan?.links ?? []], ['image', f.scan?.images ?? []]] as const) {
        for (const l of list) {
          const v = checkUrl(l.href);
          if (!v.ok) problems.push({ file: f.file, line: l.line, rule: 'unsafe-url', message: `a ${what} to a ${v.scheme}: address is not allowed`, fix });
        }
      }
      for (const img of f.scan?.images ?? []) {
        if (/^(?:https?:)?\/\//i.test(img.href.trim())) {
          problems.push({ file: f.file, line: img.line, rule: 'unsafe-url', message: `the image ${img.href} is loaded from another site, which the site's content security policy blocks`, fix: 'put the image in public/ and link it by its site path, or describe it in text' });
        }
      }
    }
    return problems;
  },
});
