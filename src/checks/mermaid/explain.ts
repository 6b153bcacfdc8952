/**
 * Turns a Mermaid parse failure into a problem an author can act on: the line of the content file, the
 * parser's own message (without its garbled one-line excerpt), and a fix, with the exact quoted label when
 * the cause is the most common one: `(`, `)`, `[` or `]` inside an unquoted `[…]` label.
 */
import { diagramKeyword, diagramKind, type DiagramKind } from '../../markdown/mermaid';
import { closest } from '../../util/suggest';
import type { MermaidParseFailure } from './parse';

const syntaxPages: Record<DiagramKind, string> = {
  flowchart: 'flowchart',
  sequence: 'sequenceDiagram',
  state: 'stateDiagram',
  class: 'classDiagram',
  er: 'entityRelationshipDiagram',
  gantt: 'gantt',
  pie: 'pie',
  mindmap: 'mindmap',
  other: '../intro/syntax-reference',
};

/** First words Mermaid accepts, for "did you mean". */
export const diagramTypes = [
  'flowchart', 'graph', 'sequenceDiagram', 'stateDiagram-v2', 'classDiagram', 'erDiagram', 'gantt', 'pie',
  'mindmap', 'journey', 'gitGraph', 'timeline', 'quadrantChart', 'requirementDiagram', 'C4Context',
  'sankey-beta', 'xychart-beta', 'block-beta', 'packet-beta', 'architecture-beta', 'kanban', 'radar-beta',
];

export interface Explained {
  /** 1-based line in the diagram source. */
  line: number;
  message: string;
  fix: string;
}

/** `E[O(1) 匹配]` → `E["O(1) 匹配"]`: the first node label on the line that holds a bracket or parenthesis. */
export function quoteLabelFix(line: string): string | undefined {
  for (const m of line.matchAll(/([A-Za-z0-9_\u4e00-\u9fff-]+)\[(?!["(\[/\\])/g)) {
    const start = m.index! + m[0].length;
    let depth = 1;
    let end = start;
    for (; end < line.length && depth > 0; end++) {
      if (line[end] === '[') depth++;
      if (line[end] === ']') depth--;
    }
    if (depth !== 0) continue;
    const label = line.slice(start, end - 1);
    if (!/[()[\]{}]/.test(label)) continue;
    return `${m[1]}["${label.replaceAll('"', '#quot;')}"]`;
  }
  return undefined;
}

export function explainMermaidFailure(source: string, failure: MermaidParseFailure): Explained {
  const lines = source.split('\n');
  if (failure.unknownType) {
    const first = diagramKeyword(source);
    const guess = closest(first, diagramTypes);
    const firstLine = Math.max(1, lines.findIndex((l) => l.trim() && !l.trim().startsWith('%%')) + 1);
    return {
      line: firstLine,
      message: `mermaid does not know the diagram type "${first}"`,
      fix: guess
        ? `did you mean "${guess}"? The first line names the diagram type`
        : `start the block with a diagram type: ${diagramTypes.slice(0, 8).join(', ')}…`,
    };
  }
  const line = Math.min(Math.max(failure.line ?? 1, 1), lines.length);
  const text = lines[line - 1]!.trim();
  const parts = failure.message.split('\n').map((l) => l.trim()).filter(Boolean);
  // jison messages: "Parse error on line N:", an excerpt, a caret line, then "Expecting …, got …".
  const detail = parts.length > 1 && /^Parse error on line \d+:$/.test(parts[0]!) ? parts[parts.length - 1]! : parts.join(' ');
  const quoted = quoteLabelFix(lines[line - 1]!);
  const page = `https://mermaid.js.org/syntax/${syntaxPages[diagramKind(source)]}.html`;
  return {
    line,
    message: `mermaid cannot parse \`${text}\`: ${detail.replace(/^Parsing failed:\s*/, '')}`,
    fix: quoted
      ? `quote the label: ${quoted} (unquoted ( ) [ ] end a label early)`
      : `check this line against ${page}; put labels that contain ( ) [ ] { } or : in double quotes`,
  };
}
