/**
 * Shiki transformers for Atlas code blocks. Fence meta and notation comments become line classes, and a
 * `title="…"` becomes a caption above the block:
 *   ```go title="main.go" {3-5} ins={7} del={6}
 *   x := 1 // [!code ++]     (also [!code --] and [!code highlight])
 * Every block is wrapped in `[data-code-block]`, where the copy button (components/code) attaches.
 */
import { transformerNotationDiff, transformerNotationHighlight } from '@shikijs/transformers';
import type { Element, ElementContent } from 'hast';
import type { ShikiTransformer } from 'shiki';
import { parseFenceMeta } from '../fence-meta';

const lineClasses: [keyof ReturnType<typeof parseFenceMeta>, string[], string][] = [
  ['highlight', ['highlighted'], 'has-highlighted'],
  ['inserted', ['diff', 'add'], 'has-diff'],
  ['deleted', ['diff', 'remove'], 'has-diff'],
];

/** Line highlight and diff lines from the fence meta (`{3-5}`, `ins={…}`, `del={…}`). */
export function transformerMetaLines(): ShikiTransformer {
  return {
    name: 'atlas:meta-lines',
    line(node, line) {
      const meta = parseFenceMeta(this.options.meta?.__raw);
      for (const [field, classes, preClass] of lineClasses) {
        if (!(meta[field] as number[]).includes(line)) continue;
        for (const c of classes) this.addClassToHast(node, c);
        this.addClassToHast(this.pre, preClass);
      }
    },
  };
}

/**
 * Wraps the block in a `<figure>` captioned with its title, or else in a `<div>` naming its language
 * (shown in the block's header bar by CSS, where the copy button also sits).
 */
export function transformerCodeBlock(): ShikiTransformer {
  return {
    name: 'atlas:code-block',
    root(root) {
      const { title } = parseFenceMeta(this.options.meta?.__raw);
      const pre = root.children.find((c): c is Element => c.type === 'element' && c.tagName === 'pre');
      if (!pre) return;
      const caption: ElementContent[] = title
        ? [{ type: 'element', tagName: 'figcaption', properties: { className: ['code-title'] }, children: [{ type: 'text', value: title }] }]
        : [];
      root.children = [
        {
          type: 'element',
          tagName: title ? 'figure' : 'div',
          properties: { className: ['code-block'], dataCodeBlock: '', ...(title ? {} : { dataLanguage: this.options.lang }) },
          children: [...caption, pre],
        },
      ];
    },
  };
}

export function codeTransformers(): ShikiTransformer[] {
  return [
    transformerNotationDiff({ matchAlgorithm: 'v3' }),
    transformerNotationHighlight({ matchAlgorithm: 'v3' }),
    transformerMetaLines(),
    transformerCodeBlock(),
  ];
}
