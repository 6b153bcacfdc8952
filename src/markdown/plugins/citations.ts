import { defineMdastPlugin } from 'satteri';
import { CitationNumbers, CitationOccurrences, citationAnchor, referenceAnchor, splitCitations } from '../citations';

/**
 * Turns `[@source-id]` into a numbered superscript linking to the page's reference list.
 * Numbers follow first citation order, which `knowledge/` reproduces from the same scan to number the list.
 */
export const citationsPlugin = () => {
  const numbers = new CitationNumbers();
  const occurrences = new CitationOccurrences();
  return defineMdastPlugin({
    name: 'atlas-citations',
    text(node, ctx) {
      const segments = splitCitations(node.value);
      if (!segments.some((s) => 'cite' in s)) return;
      ctx.replaceNode(
        node,
        segments.map((s) => {
          if ('text' in s) return { type: 'text' as const, value: s.text };
          const n = numbers.numberOf(s.cite);
          return {
            type: 'superscript' as const,
            // The id lets the source's page link this very sentence (knowledge/graph.ts, citations).
            data: { hProperties: { className: ['cite'], id: citationAnchor(s.cite, occurrences.next(s.cite)) } },
            children: [
              {
                type: 'link' as const,
                url: `#${referenceAnchor(s.cite)}`,
                data: { hProperties: { 'data-cite': s.cite, 'aria-label': `source ${n}` } },
                children: [{ type: 'text' as const, value: `[${n}]` }],
              },
            ],
          };
        }),
      );
    },
  });
};
