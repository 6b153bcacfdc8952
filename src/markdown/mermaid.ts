/**
 * What a Mermaid block is, read from its source without Mermaid itself: the diagram type and the title
 * the author gave it. The renderer names each diagram from this (its accessible name); the checker
 * uses the type to point authors at the right syntax page.
 */

/** Diagram types Atlas names in the UI; any other type is still rendered, as `other`. */
export const diagramKinds = ['flowchart', 'sequence', 'state', 'class', 'er', 'gantt', 'pie', 'mindmap', 'other'] as const;
export type DiagramKind = (typeof diagramKinds)[number];

const keywordKinds: Record<string, DiagramKind> = {
  graph: 'flowchart',
  flowchart: 'flowchart',
  'flowchart-elk': 'flowchart',
  sequenceDiagram: 'sequence',
  stateDiagram: 'state',
  'stateDiagram-v2': 'state',
  classDiagram: 'class',
  'classDiagram-v2': 'class',
  erDiagram: 'er',
  gantt: 'gantt',
  pie: 'pie',
  mindmap: 'mindmap',
};

/** The lines that carry the diagram, without a leading `---` front-matter block and `%%` comments. */
function split(source: string): { frontmatter: string[]; body: string[] } {
  const lines = source.split('\n');
  let start = 0;
  const frontmatter: string[] = [];
  if (lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) {
      frontmatter.push(...lines.slice(1, end));
      start = end + 1;
    }
  }
  const body = lines.slice(start).filter((l) => l.trim() && !l.trim().startsWith('%%'));
  return { frontmatter, body };
}

/** The first word of the diagram, e.g. `graph`, `sequenceDiagram`; '' for an empty block. */
export function diagramKeyword(source: string): string {
  return split(source).body[0]?.trim().split(/\s+/)[0] ?? '';
}

export function diagramKind(source: string): DiagramKind {
  return keywordKinds[diagramKeyword(source)] ?? 'other';
}

const unquote = (s: string) => s.trim().replace(/^(["'])(.*)\1$/, '$2').trim();

/**
 * The title written inside the diagram: `accTitle: …`, a `title …` line (gantt, pie, …), `pie title …`,
 * or `title:` in the diagram's front matter.
 */
export function diagramTitle(source: string): string | undefined {
  const { frontmatter, body } = split(source);
  for (const line of frontmatter) {
    const m = /^title:\s*(.+)$/.exec(line.trim());
    if (m) return unquote(m[1]!);
  }
  for (const line of body) {
    const m = /^(?:accTitle\s*:\s*|title\s+|pie\s+title\s+)(.+)$/.exec(line.trim());
    if (m) return unquote(m[1]!);
  }
  return undefined;
}
