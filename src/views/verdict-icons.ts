/**
 * The verdict icons (16×16 viewBox), one shape per verdict: a tick, a cross, a question mark. Shared by the
 * server-rendered badge (components/claims/VerdictBadge.astro) and the badges that search results and link
 * previews draw in the browser, so a verdict looks the same wherever it appears.
 */
import type { Verdict } from './claims';

export interface IconShape {
  d: string;
  /** Stroked line (true) or filled dot (false). */
  stroke: boolean;
}

export const verdictIcons: Record<Verdict, IconShape[]> = {
  confirmed: [{ d: 'M3 8.5l3 3 7-7', stroke: true }],
  contradicted: [{ d: 'M4 4l8 8M12 4l-8 8', stroke: true }],
  unverified: [
    { d: 'M5.8 5.6a2.3 2.3 0 1 1 3.2 2.1c-.7.3-1 .8-1 1.5v.4', stroke: true },
    { d: 'M8 11.4a1.2 1.2 0 1 1 0 2.4a1.2 1.2 0 1 1 0-2.4z', stroke: false },
  ],
};

const svgNs = 'http://www.w3.org/2000/svg';

/** A badge element for the browser: the icon, then the word. */
export function verdictBadgeElement(doc: Document, verdict: Verdict, label: string): HTMLSpanElement {
  const badge = doc.createElement('span');
  badge.className = `verdict-badge verdict-badge-${verdict}`;
  const svg = doc.createElementNS(svgNs, 'svg');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  for (const shape of verdictIcons[verdict]) {
    const path = doc.createElementNS(svgNs, 'path');
    path.setAttribute('d', shape.d);
    if (shape.stroke) {
      path.setAttribute('fill', 'none');
      path.setAttribute('stroke', 'currentColor');
      path.setAttribute('stroke-width', '2.2');
      path.setAttribute('stroke-linecap', 'round');
      path.setAttribute('stroke-linejoin', 'round');
    } else path.setAttribute('fill', 'currentColor');
    svg.append(path);
  }
  badge.append(svg, label);
  return badge;
}

/** Whether a string is a verdict (data read back from a page's JSON or search metadata). */
export const isVerdict = (v: unknown): v is Verdict => v === 'confirmed' || v === 'contradicted' || v === 'unverified';
