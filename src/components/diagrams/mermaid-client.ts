/**
 * Browser side of Atlas diagrams. Each `figure[data-mermaid]` (made by markdown/plugins/mermaid.ts) holds
 * its source in a `<pre>`, which is what readers without JavaScript see. Here, when a figure comes near
 * the viewport, mermaid 12 is imported (once, with the dagre layout) and the SVG drawn in the site's
 * current theme; the source moves into a "Diagram source" disclosure. Toggling `<html data-theme>`
 * re-draws every drawn diagram. A diagram that fails shows the parser's message in place.
 *
 * Under the site's Content Security Policy, `<style>` elements are hash-checked, so the `<style>` that
 * mermaid writes into each SVG would be refused (and the diagram measured and drawn unstyled). While mermaid
 * renders, its style element is given no text (an empty `<style>` is allowed) and the rules go into a
 * constructed stylesheet instead, which CSP permits; so they apply while mermaid measures the labels, too.
 */
type Mermaid = (typeof import('mermaid'))['default'];
type Theme = 'light' | 'dark';

const fontFamily = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', sans-serif";
let mermaidPromise: Promise<Mermaid> | undefined;
const loadMermaid = () => (mermaidPromise ??= import('mermaid').then((m) => m.default));

const prefersDark = matchMedia('(prefers-color-scheme: dark)');
function currentTheme(): Theme {
  const set = document.documentElement.dataset.theme;
  if (set === 'light' || set === 'dark') return set;
  return prefersDark.matches ? 'dark' : 'light';
}

const sheets = new Map<string, CSSStyleSheet>();
function sheetFor(key: string): CSSStyleSheet {
  let sheet = sheets.get(key);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheets.set(key, sheet);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  return sheet;
}

/** Runs `work` with every `<style>` that mermaid creates sending its CSS to `sheet` instead of its own text. */
async function withStylesIn<T>(sheet: CSSStyleSheet, work: () => Promise<T>): Promise<T> {
  const create = document.createElement;
  document.createElement = function (this: Document, tag: string, options?: ElementCreationOptions) {
    const el = create.call(this, tag, options);
    if (tag.toLowerCase() === 'style') {
      const capture = { get: () => '', set: (css: string) => sheet.replaceSync(css), configurable: true };
      Object.defineProperty(el, 'innerHTML', capture);
      Object.defineProperty(el, 'textContent', capture);
    }
    return el;
  } as typeof document.createElement;
  try {
    return await work();
  } finally {
    document.createElement = create;
  }
}

/** The rendered SVG as a node, parsed in an inert document and without its (now empty) `<style>`. */
function svgNode(markup: string): SVGSVGElement {
  const svg = new DOMParser().parseFromString(markup, 'text/html').querySelector('svg')!;
  for (const style of svg.querySelectorAll('style')) style.remove();
  return document.adoptNode(svg);
}

let sequence = 0;
let queue: Promise<void> = Promise.resolve();
/** Mermaid keeps global configuration, so diagrams are drawn one at a time. */
const draw = (figure: HTMLElement) => (queue = queue.then(() => drawOne(figure)));

async function drawOne(figure: HTMLElement) {
  const theme = currentTheme();
  if (figure.dataset.drawnTheme === theme) return;
  const source = figure.querySelector('pre.diagram-source')?.textContent ?? '';
  const canvas = figure.querySelector<HTMLElement>('.diagram-canvas')!;
  const id = (figure.dataset.diagramId ??= `atlas-diagram-${++sequence}`);
  const renderId = `${id}-svg`;
  const mermaid = await loadMermaid();
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    layout: 'dagre',
    theme: theme === 'dark' ? 'dark' : 'default',
    // Edge labels sit on the page's own surface colour rather than mermaid's grey.
    themeVariables: { edgeLabelBackground: theme === 'dark' ? '#161b22' : '#f6f8fa' },
    fontFamily,
    suppressErrorRendering: true,
  });
  try {
    const { svg } = await withStylesIn(sheetFor(id), () => mermaid.render(renderId, source));
    const el = svgNode(svg);
    canvas.replaceChildren(el);
    el.setAttribute('role', 'img');
    const name = figure.getAttribute('aria-label') ?? figure.querySelector('figcaption')?.textContent;
    if (name) el.setAttribute('aria-label', name);
    canvas.hidden = false;
    keepReadable(el, canvas);
    figure.dataset.state = 'drawn';
    figure.dataset.drawnTheme = theme;
    tuckSourceAway(figure);
  } catch (error) {
    showError(figure, error);
  } finally {
    // mermaid draws in a temporary `#d<id>` in <body>; on failure it can leave it (and an error SVG) behind.
    document.getElementById(`d${renderId}`)?.remove();
    const stray = document.getElementById(renderId);
    if (stray && !canvas.contains(stray)) stray.remove();
  }
}

/**
 * A wide diagram shrinks to the column only down to three quarters of its drawn size; below that its
 * labels are too small to read on a phone, so the canvas scrolls sideways instead, and takes keyboard
 * focus so it can be scrolled without a pointer.
 */
export const smallestScale = 0.75;
function keepReadable(svg: Element, canvas: HTMLElement) {
  const width = (svg as SVGSVGElement).viewBox?.baseVal?.width;
  if (width) (svg as SVGSVGElement).style.minWidth = `${Math.round(width * smallestScale)}px`;
  const scrolls = canvas.scrollWidth > canvas.clientWidth + 1;
  canvas.tabIndex = scrolls ? 0 : -1;
  if (!scrolls) canvas.removeAttribute('tabindex');
}

/** After drawing, the source stays one click away, for readers and for copying. */
function tuckSourceAway(figure: HTMLElement) {
  const pre = figure.querySelector<HTMLElement>(':scope > pre.diagram-source');
  if (!pre) return;
  const details = document.createElement('details');
  details.className = 'diagram-source-toggle';
  const summary = document.createElement('summary');
  summary.textContent = figure.dataset.sourceLabel ?? 'Source';
  details.append(summary);
  pre.replaceWith(details);
  details.append(pre);
}

function showError(figure: HTMLElement, error: unknown) {
  figure.dataset.state = 'failed';
  figure.querySelector('.diagram-error')?.remove();
  const box = document.createElement('div');
  box.className = 'diagram-error';
  const intro = document.createElement('p');
  intro.textContent = figure.dataset.errorLabel ?? 'This diagram could not be drawn.';
  const detail = document.createElement('pre');
  detail.textContent = error instanceof Error ? error.message : String(error);
  box.append(intro, detail);
  figure.querySelector<HTMLElement>('.diagram-canvas')!.hidden = true;
  figure.prepend(box);
}

export function startDiagrams() {
  const figures = [...document.querySelectorAll<HTMLElement>('figure[data-mermaid]')];
  if (!figures.length) return;
  const near = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        near.unobserve(entry.target);
        (entry.target as HTMLElement).dataset.state = 'queued';
        void draw(entry.target as HTMLElement);
      }
    },
    { rootMargin: '400px 0px' },
  );
  for (const figure of figures) near.observe(figure);
  const redraw = () => {
    for (const figure of figures) if (figure.dataset.drawnTheme) void draw(figure);
  };
  new MutationObserver(redraw).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  prefersDark.addEventListener('change', () => {
    if (!document.documentElement.dataset.theme) redraw();
  });
}
