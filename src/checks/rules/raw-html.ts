import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineRule, type RuleProblem } from './types';

/** Where the components authors may use in MDX live. */
export const contentComponentsDir = 'src/components/content';

const htmlComment = /^<!--(?:(?!-->)[\s\S])*-->\s*$/;

/**
 * Content is Markdown. Raw HTML would reach the page as written (a script, an event handler, an iframe),
 * so none is published: only HTML comments, which render as nothing. In MDX, an element must be a
 * component imported from src/components/content/; `{expressions}` and exports run code at build time
 * and are refused.
 */
export const rawHtml = defineRule({
  name: 'raw-html',
  runs: 'in-process',
  kinds: {
    'raw-html': { severity: 'error', description: 'no raw HTML in content (HTML comments only); in MDX only components imported from src/components/content/, no {expressions} or exports' },
  },
  check(ctx) {
    const problems: RuleProblem<'raw-html'>[] = [];
    for (const f of ctx.files) {
      if (!f.scan) continue;
      const report = (line: number, message: string, fix: string) => problems.push({ file: f.file, line, rule: 'raw-html', message, fix });
      const imported = new Map<string, string>();
      for (const m of f.scan.markup.filter((m) => m.kind === 'esm')) {
        for (const statement of m.value.split('\n').filter((l) => l.trim())) {
          const imp = /^import\s+([A-Z][A-Za-z0-9]*)\s+from\s+['"]([^'"]+)['"];?\s*$/.exec(statement.trim());
          if (!imp) {
            report(m.line, `\`${statement.trim().slice(0, 80)}\`: MDX content may only import a component, as \`import Name from '…/src/components/content/Name.astro'\``, 'remove the statement; exports and other imports run code when the site builds');
            continue;
          }
          const target = path.resolve(path.dirname(f.abs), imp[2]!);
          const inside = path.relative(path.resolve(ctx.repoRoot, contentComponentsDir), target);
          if (inside.startsWith('..') || path.isAbsolute(inside)) {
            report(m.line, `\`${imp[1]}\` is imported from ${imp[2]}, outside ${contentComponentsDir}/`, `content may use only the components in ${contentComponentsDir}/ (import them by a relative path)`);
          } else if (!existsSync(target)) {
            report(m.line, `\`${imp[1]}\` is imported from ${imp[2]}, which does not exist`, `check the path: the components authors can use are in ${contentComponentsDir}/`);
          } else imported.set(imp[1]!, imp[2]!);
        }
      }
      const htmlLines = new Set<number>();
      for (const m of f.scan.markup) {
        if (m.kind === 'html' && !htmlComment.test(m.value.trim())) {
          // One report per line: `<script>` and `</script>` are one mistake.
          if (htmlLines.has(m.line)) continue;
          htmlLines.add(m.line);
          report(m.line, `raw HTML ${JSON.stringify(m.value.trim().slice(0, 60))} is not published`, 'write it in Markdown (links, emphasis, lists, tables, code); for something Markdown cannot say, propose a component in src/components/content/');
        } else if (m.kind === 'jsx') {
          if (!/^[A-Z]/.test(m.value)) {
            report(m.line, `<${m.value || '>'}${m.value ? '>' : ''} is an HTML element written in MDX; raw HTML is not published`, 'write it in Markdown, or use a component from src/components/content/');
          } else if (!imported.has(m.value)) {
            report(m.line, `<${m.value}> is used but not imported`, `add \`import ${m.value} from '<relative path>/${contentComponentsDir}/${m.value}.astro'\` at the top of the body`);
          }
        } else if (m.kind === 'expression' && !/^\s*\/\*[\s\S]*\*\/\s*$/.test(m.value)) {
          // {/* a comment */} is how MDX writes a comment: it runs nothing.
          report(m.line, `the MDX expression {${m.value.trim().slice(0, 40)}} would run as code when the site builds`, 'write the value as text; to show braces, escape them as \\{ and \\}');
        }
      }
    }
    return problems;
  },
});
