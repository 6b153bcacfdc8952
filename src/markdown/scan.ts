/**
 * Reads an entry body once and records what the site needs to know about it: links, citations,
 * headings and code fences, each with its line in the file. The knowledge graph builds backlinks and
 * reference lists from this record, and the content checker validates it; neither scrapes HTML.
 */
import GithubSlugger from 'github-slugger';
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { CitationOccurrences, sentenceAround, splitCitations } from './citations';

export interface ScannedLink {
  href: string;
  line: number;
}
export interface ScannedCitation {
  id: string;
  line: number;
  /** The k-th citation of this source in the body (1-based): the marker's anchor is `cite-<id>-<k>`. */
  occurrence: number;
  /** The sentence that cites it, markers removed. */
  sentence: string;
}
export interface ScannedHeading {
  depth: number;
  text: string;
  slug: string;
  line: number;
}
export interface ScannedFence {
  lang: string;
  meta: string;
  value: string;
  /** Line of the opening fence. */
  line: number;
}
export interface ScannedParagraph {
  /** Prose text of the paragraph, without inline code. */
  text: string;
  line: number;
  /** Whether the paragraph carries at least one citation marker. */
  cited: boolean;
}
export interface ScannedLinkText {
  href: string;
  text: string;
  line: number;
}
/** Raw HTML, an MDX element, an MDX import/export or an MDX `{expression}`: what the raw-html rule judges. */
export interface ScannedMarkup {
  kind: 'html' | 'jsx' | 'esm' | 'expression';
  /** The HTML text, the element's name (`Callout`, `div`), or the import/export statement. */
  value: string;
  line: number;
}
export interface BodyScan {
  links: ScannedLink[];
  /** Image sources, for the URL rule. */
  images: ScannedLink[];
  /** Raw HTML and MDX markup, for the raw-html rule (nothing executable reaches a page). */
  markup: ScannedMarkup[];
  /** Paragraphs of prose, for checks such as "a number with a unit needs a citation nearby". */
  paragraphs: ScannedParagraph[];
  /** Visible text of each link, for checks on link wording. */
  linkTexts: ScannedLinkText[];
  citations: ScannedCitation[];
  headings: ScannedHeading[];
  fences: ScannedFence[];
}

type Node = MdastNode & { children?: Node[]; value?: string; url?: string; lang?: string | null; meta?: string | null; depth?: number; name?: string | null };

/** Concatenated text of a node, as Astro's heading-id plugin sees it. */
function textOf(node: Node): string {
  if (typeof node.value === 'string' && node.type !== 'html') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** Text of a paragraph as a reader sees it, leaving out inline code (identifiers, versions, flags). */
function proseOf(node: Node): string {
  if (node.type === 'inlineCode' || node.type === 'html') return ' ';
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(proseOf).join('');
}

/**
 * Scans a Markdown or MDX body. `lineOffset` is the number of file lines before the body
 * (the frontmatter), so reported lines are lines of the file.
 */
export function scanBody(body: string, format: 'md' | 'mdx', lineOffset = 0): BodyScan {
  const tree = (format === 'mdx' ? mdxToMdast(body) : markdownToMdast(body)) as Node;
  const scan: BodyScan = { links: [], images: [], markup: [], paragraphs: [], linkTexts: [], citations: [], headings: [], fences: [] };
  const slugger = new GithubSlugger();
  const lineOf = (n: Node) => (n.position?.start.line ?? 1) + lineOffset;
  const occurrences = new CitationOccurrences();
  /** The text of the block (paragraph, cell, heading) being walked, and how far its markers are used up. */
  let block: { text: string; cursor: number } | undefined;
  const blocks = new Set(['paragraph', 'tableCell', 'heading']);
  const walk = (node: Node) => {
    const outer = block;
    if (blocks.has(node.type)) block = { text: textOf(node), cursor: 0 };
    switch (node.type) {
      case 'link':
        scan.linkTexts.push({ href: node.url ?? '', text: textOf(node).trim(), line: lineOf(node) });
        scan.links.push({ href: node.url ?? '', line: lineOf(node) });
        break;
      case 'definition':
        scan.links.push({ href: node.url ?? '', line: lineOf(node) });
        break;
      case 'paragraph': {
        const text = proseOf(node);
        scan.paragraphs.push({ text, line: lineOf(node), cited: splitCitations(text).some((s) => 'cite' in s) });
        break;
      }
      case 'text':
        for (const seg of splitCitations(node.value ?? '')) {
          if (!('cite' in seg)) continue;
          let sentence = '';
          if (block) {
            const at = block.text.indexOf(`[@${seg.cite}]`, block.cursor);
            if (at >= 0) {
              sentence = sentenceAround(block.text, at);
              block.cursor = at + seg.cite.length + 3;
            }
          }
          scan.citations.push({ id: seg.cite, line: lineOf(node), occurrence: occurrences.next(seg.cite), sentence });
        }
        break;
      case 'heading': {
        const text = textOf(node);
        scan.headings.push({ depth: node.depth ?? 1, text, slug: slugger.slug(text), line: lineOf(node) });
        break;
      }
      case 'code':
        scan.fences.push({ lang: node.lang ?? '', meta: node.meta ?? '', value: node.value ?? '', line: lineOf(node) });
        break;
      case 'image':
        scan.images.push({ href: node.url ?? '', line: lineOf(node) });
        break;
      case 'html':
        scan.markup.push({ kind: 'html', value: node.value ?? '', line: lineOf(node) });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        scan.markup.push({ kind: 'jsx', value: node.name ?? '', line: lineOf(node) });
        break;
      case 'mdxjsEsm':
        scan.markup.push({ kind: 'esm', value: node.value ?? '', line: lineOf(node) });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        scan.markup.push({ kind: 'expression', value: node.value ?? '', line: lineOf(node) });
        break;
    }
    node.children?.forEach(walk);
    block = outer;
  };
  walk(tree);
  return scan;
}

/**
 * The heading ids a translation ends up with: the original's ids, in order, when both have the same
 * number of headings (so anchors mean the same section in every language); otherwise its own.
 * `plugins/translation-heading-ids.ts` applies this at render time; the checker validates anchors with it.
 */
export function translatedHeadingSlugs(original: ScannedHeading[], translation: ScannedHeading[]): string[] {
  return original.length === translation.length ? original.map((h) => h.slug) : translation.map((h) => h.slug);
}
