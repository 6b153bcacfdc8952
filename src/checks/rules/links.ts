import { existsSync } from 'node:fs';
import path from 'node:path';
import { keyOf } from '../../knowledge/graph';
import { resolveLink } from '../../markdown/links';
import type { CheckContext, CheckedFile } from '../context';
import { translatedHeadingSlugs } from '../../markdown/scan';
import { defineRule, type RuleProblem } from './types';

/** Heading ids of a page as built: a translation takes its original's ids when the headings line up. */
function headingsOf(file: CheckedFile | undefined, ctx: CheckContext): Set<string> {
  if (!file?.scan) return new Set();
  if (file.locale === 'en') return new Set(file.scan.headings.map((h) => h.slug));
  const original = ctx.byKey.get(keyOf(file.collection, file.id))?.scan?.headings ?? [];
  return new Set(translatedHeadingSlugs(original, file.scan.headings));
}

export const brokenLink = defineRule({
  name: 'links',
  runs: 'in-process',
  kinds: {
    'broken-link': { severity: 'error', description: 'relative links point at an existing entry file' },
    'missing-anchor': { severity: 'error', description: 'a link\'s #anchor names a heading that exists on the target page' },
  },
  check(ctx) {
    const problems: RuleProblem<'broken-link' | 'missing-anchor'>[] = [];
    const report = (f: CheckedFile, line: number, rule: 'broken-link' | 'missing-anchor', message: string, fix: string) =>
      problems.push({ file: f.file, line, rule, message, fix });
    for (const f of ctx.files) {
      for (const link of f.scan?.links ?? []) {
        if (link.href.startsWith('#')) {
          // A translation's ids come from its original: when that cannot be read, they are unknown, not missing.
          if (f.locale !== 'en' && !ctx.byKey.get(keyOf(f.collection, f.id))?.scan) continue;
          const anchor = decodeURIComponent(link.href.slice(1));
          if (anchor && !headingsOf(f, ctx).has(anchor)) {
            report(f, link.line, 'missing-anchor', `"${link.href}": no heading on this page has the id "${anchor}"`, suggestAnchor(headingsOf(f, ctx)));
          }
          continue;
        }
        const target = resolveLink(link.href, f.abs, ctx.tree.root);
        if (target.kind === 'other') continue;
        const shown = path.relative(process.cwd(), target.file).split(path.sep).join('/');
        if (target.kind === 'outside') {
          report(f, link.line, 'broken-link', `"${link.href}" points at ${shown}, which is not a content entry`, 'link to an entry under content/ (e.g. ../projects/etcd.md), or use a full https:// URL for anything else');
          continue;
        }
        const key = keyOf(target.collection, target.id);
        const targetFile =
          target.locale === 'en' ? ctx.byKey.get(key) : ctx.translations.get(key)?.find((t) => t.locale === target.locale);
        if (!targetFile || !existsSync(target.file)) {
          report(f, link.line, 'broken-link', `"${link.href}": ${shown} does not exist`, `check the path (it is relative to ${path.dirname(f.file)}/) or create the entry`);
          continue;
        }
        // A target that could not be read has its own error; its headings are unknown, not missing.
        if (!targetFile.scan) continue;
        if (target.anchor && !headingsOf(targetFile, ctx).has(target.anchor)) {
          report(f, link.line, 'missing-anchor', `"${link.href}": ${targetFile.file} has no heading with the id "${target.anchor}"`, suggestAnchor(headingsOf(targetFile, ctx)));
        }
      }
    }
    return problems;
  },
});

function suggestAnchor(slugs: Set<string>): string {
  const list = [...slugs].slice(0, 8).map((s) => `#${s}`).join(', ');
  return list ? `use one of the page's heading ids: ${list}` : 'the target page has no headings; link to the page without #anchor';
}
