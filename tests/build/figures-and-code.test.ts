/**
 * What the built fixture site ships for figures, diagrams and code, read from its HTML: charts that are
 * plain SVG with their numbers as text, diagrams whose source is readable without JavaScript, the
 * renderer only on pages that need it, and no fence meta in the markup.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';

const outDir = inject('fixtureSite');
const page = (url: string) => readFileSync(path.join(outDir, url, 'index.html'), 'utf8');
const between = (html: string, start: string, end: string) => html.slice(html.indexOf(start), html.indexOf(end, html.indexOf(start)));

describe('figure charts', () => {
  const html = page('cases/alpha-at-example');
  const charts = between(html, '<section class="figure-charts"', '</section>');

  test('draw comparable figures as one grouped bar chart, with no script', () => {
    expect(charts.match(/<svg class="bar-chart"/g)).toHaveLength(1);
    expect(charts).not.toContain('<script');
    expect(charts.match(/<rect class="chart-bar chart-series-0"/g)).toHaveLength(2);
    expect(charts.match(/<rect class="chart-bar chart-series-1"/g)).toHaveLength(2);
    expect(charts).toMatch(/<li><span class="chart-swatch chart-series-0"><\/span>concurrency 100<\/li><li><span class="chart-swatch chart-series-1"><\/span>concurrency 1,000<\/li>/);
  });

  test('write every value and axis label as text, and name the chart for screen readers', () => {
    for (const text of ['228,437', '141,200', '251,980.5', '150,310', '>Alpha<', '>Beta<', '>0<', '>300k<', '>QPS<']) expect(charts).toContain(text);
    expect(charts).toMatch(/<svg class="bar-chart" width="100%" height="\d+" role="img" aria-labelledby="chart-1-title chart-1-desc">/);
    expect(charts).toContain('<desc id="chart-1-desc">QPS: Alpha, Beta (concurrency 100, concurrency 1,000). Every number is also listed in the Figures table.</desc>');
  });

  test('cite the source under each chart, linking to the reference list', () => {
    expect(charts).toMatch(/<p class="chart-source">Source: <a href="#ref-alpha-bench">\[1\]<\/a> Alpha benchmark results<\/p>/);
    expect(html).toContain('<li id="ref-alpha-bench" value="1">');
  });

  test('keep the table, which says the shared context once and the varying condition in each row', () => {
    const table = html.replace(/ data-astro-cid-\w+/g, '');
    expect(table.match(/<th scope="rowgroup" colspan="4">4-CPU server, 1 KB echo<\/th>/g)).toHaveLength(1);
    expect(table).toContain('<td>QPS<span class="figure-run">concurrency 1,000</span></td>');
  });
});

describe('diagrams and code in the built pages', () => {
  test('a diagram page carries each source as readable text, and loads the renderer', () => {
    const html = page('guides/alpha-request-path');
    expect(html.match(/<figure class="diagram" data-mermaid=""/g)).toHaveLength(3);
    expect(html).toContain('<pre class="diagram-source" tabindex="0" data-pagefind-ignore=""><code>stateDiagram-v2\n  [*] --&gt; Idle');
    expect(html).toMatch(/<script type="module" src="\/_astro\/MermaidDiagrams[^"]*\.js"><\/script>/);
  });

  test('a page without diagrams does not reference the renderer', () => {
    for (const url of ['guides/tuning-alpha', 'projects/alpha', 'cases/alpha-at-example']) {
      expect(page(url)).not.toMatch(/MermaidDiagrams|mermaid/);
    }
  });

  test('fence meta words never reach the page', () => {
    const html = page('guides/alpha-request-path');
    const body = between(html, '<div class="prose"', '</article>');
    for (const junk of ['fragment', '{9-11}', 'del={2}', 'ins={3}', 'title="', '[!code']) expect(body).not.toContain(junk);
    expect(html).toContain('<figcaption class="code-title">main.go</figcaption>');
  });
});
