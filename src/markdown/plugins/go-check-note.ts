import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import { useTranslations } from '../../i18n/t';
import { goCheckOf, readGoModuleOnce } from '../../go-examples/check-note';

/** The `goVersion:` of a guide's frontmatter, read from its file (Astro hands plugins the body only); a translation's comes from its original. */
function pageGoVersion(file: string): string | undefined {
  const original = file.replace(/\.zh\.(mdx?)$/, '.$1');
  if (!existsSync(original)) return undefined;
  const text = readFileSync(original, 'utf8');
  const frontmatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  return /^goVersion:\s*['"]?(\d+\.\d+)['"]?\s*$/m.exec(frontmatter)?.[1];
}

/**
 * Under every ```go block, a line saying what the content gate checked it with: "Compiles with Go 1.26 ·
 * github.com/cloudwego/kitex v0.16.3", or "Fragment: syntax-checked with gofmt". A build fails on a block
 * that does not pass, so every published block passed what its note says. Runs after Shiki (Astro's
 * highlight step comes first), on the `.code-block` wrapper of markdown/code/transformers.ts.
 */
export const goCheckNote = (fctx: PluginFactoryContext) => {
  if (!fctx.source.includes('```go') || !fctx.fileURL) return null;
  const file = fileURLToPath(fctx.fileURL);
  const t = useTranslations(/\.zh\.mdx?$/.test(file) ? 'zh' : 'en');
  const mod = readGoModuleOnce();
  const goVersion = pageGoVersion(file);
  return defineHastPlugin({
    name: 'atlas-go-check-note',
    element: {
      filter: ['figure', 'div'],
      visit(node, ctx) {
        const classes = node.properties?.className;
        if (!Array.isArray(classes) || !classes.includes('code-block')) return;
        const pre = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'pre');
        if (!pre || pre.properties?.dataLanguage !== 'go') return;
        const check = goCheckOf(ctx.textContent(pre), goVersion, mod);
        const text =
          check.kind === 'fragment'
            ? t('code.checkedFragment')
            : [t('code.checkedCompiles', { version: check.goVersion }), ...check.modules.map((m) => `${m.path} ${m.version}`)].join(' · ');
        const note: Element = { type: 'element', tagName: 'p', properties: { className: ['code-check'] }, children: [{ type: 'text', value: text }] };
        return { ...node, children: [...node.children, note] };
      },
    },
  });
};
