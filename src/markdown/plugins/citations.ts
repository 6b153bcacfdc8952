import { defineMdastPlugin, type PluginFactoryContext } from 'satteri';
import { useTranslations } from '../../i18n/t';
import { CitationNumbers, CitationOccurrences, citationAnchor, referenceAnchor, splitCitations } from '../citations';

/**
 * Turns `[@source-id]` into a numbered superscript linking to the page's reference list.
 * Each marker's accessible name is "source 3" in the page's language.
 * Numbers follow first citation order, which `knowledge/` reproduces from the same scan to number the list.
 */
export const citationsPlugin = (fctx?: PluginFactoryContext) => {
  // A translation (`kitex.zh.md`) names its markers in its own language for screen readers.
  const t = useTranslations(/\.zh\.mdx?$/.test(fctx?.fileURL?.toString() ?? '') ? 'zh' : 'en');
  const numbers = new CitationNumbers();
  const occurrences = new CitationOccurrences();
  return defineMdastPlugin({
    name: 'atlas-citations',
    text(node, ctx) {
      const segments = joinMarkers(splitCitations(node.value));
      if (!segments.some((s) => 'cite' in s)) return;
      ctx.replaceNode(
        node,
        segments.map((s) => {
          if ('text' in s) return { type: 'text' as const, value: s.text };
          const n = numbers.numberOf(s.cite);
          return {
            type: 'superscript' as const,
            // The id lets the source's page link this very sentence (knowledge/graph.ts, citations).
            // Out of the search index: "[3]" in an excerpt says nothing to a reader.
            data: { hProperties: { className: ['cite'], id: citationAnchor(s.cite, occurrences.next(s.cite)), 'data-pagefind-ignore': '' } },
            children: [
              {
                type: 'link' as const,
                url: `#${referenceAnchor(s.cite)}`,
                data: { hProperties: { 'data-cite': s.cite, 'aria-label': t('cite.sourceN', { n }) } },
                children: [{ type: 'text' as const, value: `[${n}]` }],
              },
            ],
          };
        }),
      );
    },
  });
};

/** CJK ideographs and punctuation: Chinese prose has no spaces between words. */
const cjk = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$/u;
/** U+2060 WORD JOINER: no line break here, so a marker never starts a line. */
const joiner = '\u2060';

/**
 * Keeps each marker on the line of the text it cites: in Chinese the space an author types before
 * `[@id]` is dropped, and a word joiner ties the marker to the character before it ("来源[1]。").
 */
export function joinMarkers(segments: ReturnType<typeof splitCitations>): ReturnType<typeof splitCitations> {
  return segments.map((seg, i) => {
    const next = segments[i + 1];
    if (!('text' in seg) || !next || !('cite' in next)) return seg;
    const trimmed = seg.text.replace(/\s+$/, '');
    return cjk.test(trimmed) ? { text: trimmed + joiner } : /\s$/.test(seg.text) ? seg : { text: seg.text + joiner };
  });
}
