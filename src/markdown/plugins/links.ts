import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { classifyContentPath } from '../../content-files/layout';
import { entryUrl } from '../../i18n/urls';
import { resolveLink } from '../links';
import path from 'node:path';

/**
 * Rewrites relative links to content files into site URLs: `../projects/etcd.md#raft` → `/projects/etcd/#raft`.
 * On a Chinese page, a link goes to the target's Chinese page when that translation exists.
 * Broken links are not handled here: the content gate fails the build on them before rendering starts.
 */
export const linksPlugin = (contentRoot: string) =>
  defineMdastPlugin({
    name: 'atlas-links',
    link(node, ctx) {
      if (!ctx.fileURL) return;
      const from = fileURLToPath(ctx.fileURL);
      const target = resolveLink(node.url, from, contentRoot);
      if (target.kind !== 'entry') return;
      const here = classifyContentPath(path.relative(contentRoot, from));
      const wantZh = target.locale === 'zh' || here?.locale === 'zh';
      const zhFile = target.file.replace(/(\.zh)?\.(mdx?)$/, '.zh.$2');
      const locale = wantZh && (target.locale === 'zh' || existsSync(zhFile)) ? 'zh' : 'en';
      ctx.setProperty(node, 'url', entryUrl(target.collection, target.id, locale, target.anchor));
    },
  });
