import type { Element, ElementContent } from 'hast';
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import { useTranslations } from '../../i18n/t';
import { parseFenceMeta } from '../fence-meta';
import { diagramKind, diagramTitle } from '../mermaid';

/**
 * Turns a ```` ```mermaid ```` fence into a figure that works without JavaScript: the diagram source in a
 * readable `<pre>`, named by the fence's `title="…"` (a visible caption) or else by the diagram's own
 * title or type (an `aria-label`). `components/diagrams/MermaidDiagrams.astro` draws the SVG in the
 * browser, lazily. Astro excludes `mermaid` from Shiki, so the fence arrives here as `pre > code`.
 */
const el = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** A plugin factory: Sätteri calls it once per document, and it stays out of documents without Mermaid. */
export const mermaidPlugin = (fctx: PluginFactoryContext) => {
  if (!fctx.source.includes('mermaid')) return null;
  const t = useTranslations(/\.zh\.mdx?$/.test(fctx.fileURL?.pathname ?? '') ? 'zh' : 'en');
  let count = 0;
  return defineHastPlugin({
    name: 'atlas-mermaid',
    element: {
      filter: ['pre'],
      visit(node, ctx) {
        const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
        const classes = code?.properties?.className;
        if (!code || !Array.isArray(classes) || !classes.includes('language-mermaid')) return;
        const source = ctx.textContent(code).replace(/\n$/, '');
        const meta = parseFenceMeta((code.data as { meta?: string } | undefined)?.meta);
        const kind = diagramKind(source);
        const captionId = `diagram-${++count}-caption`;
        return el(
          'figure',
          {
            className: ['diagram'],
            dataMermaid: '',
            dataDiagramKind: kind,
            dataSourceLabel: t('diagram.source'),
            dataErrorLabel: t('diagram.error'),
            ...(meta.title ? { ariaLabelledby: captionId } : { ariaLabel: diagramTitle(source) ?? t(`diagram.kind.${kind}`) }),
          },
          [
            el('div', { className: ['diagram-canvas'], hidden: true }),
            ...(meta.title ? [el('figcaption', { id: captionId }, [{ type: 'text', value: meta.title }])] : []),
            el('pre', { className: ['diagram-source'], tabIndex: 0, dataPagefindIgnore: '' }, [el('code', {}, [{ type: 'text', value: source }])]),
          ],
        );
      },
    },
  });
};
