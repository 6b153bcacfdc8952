/**
 * Builds the result list and the facets as DOM nodes. Text goes in as text nodes, never as HTML:
 * excerpts are split into runs by `excerptParts` and only `<mark>` is created from them.
 */
import { excerptParts, fill, sectionLinks, type FacetOption, type ResultData } from '../../search/results';
import type { FacetName } from '../../search/state';
import { isVerdict, verdictBadgeElement } from '../../views/verdict-icons';

/** An element with properties (`className`, `href`, `checked`…) and children. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | boolean> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

function excerpt(html: string): HTMLElement {
  const p = el('p', { className: 'search-hit-excerpt' });
  for (const part of excerptParts(html)) p.append(part.mark ? el('mark', {}, part.text) : part.text);
  return p;
}

/** One result: title link with its kind, the excerpt, and links to its matching sections. */
export function resultItem(result: ResultData, sectionsLabel: string, lang: string): HTMLLIElement {
  const title = result.meta.title ?? result.url;
  const link = el('a', { href: result.url, className: 'search-hit-link' }, el('span', { className: 'search-hit-title' }, title));
  if (result.meta.kind) link.append(' ', el('span', { className: 'search-hit-kind' }, result.meta.kind));
  // A fact check's verdict, as word, icon and colour, ahead of its truth-first headline.
  if (isVerdict(result.meta.verdict) && result.meta.verdictLabel) link.prepend(verdictBadgeElement(document, result.meta.verdict, result.meta.verdictLabel), ' ');
  const item = el('li', { className: 'search-hit', lang }, link, excerpt(result.excerpt));
  const sections = sectionLinks(result);
  if (sections.length) {
    item.append(
      el(
        'ul',
        { className: 'search-hit-sections', ariaLabel: fill(sectionsLabel, { title }) },
        ...sections.map((s) => el('li', {}, el('a', { href: s.url }, s.title))),
      ),
    );
  }
  return item;
}

export interface FacetGroup {
  name: FacetName;
  legend: string;
  options: FacetOption[];
}

let facetIds = 0;

/**
 * Brings the facet checkboxes in `container` up to date, reusing the elements that stay: replacing the
 * checkbox a reader just ticked would take focus away from it and make a screen reader start over.
 */
export function syncFacets(container: HTMLElement, groups: FacetGroup[], idPrefix: string): void {
  const fieldsets = groups.map((group, i) => {
    const fieldset =
      container.querySelector<HTMLFieldSetElement>(`fieldset[data-facet-group="${group.name}"]`) ??
      el('fieldset', { className: 'search-facet' }, el('legend', {}, group.legend));
    fieldset.dataset.facetGroup = group.name;
    place(container, fieldset, i);
    const labels = group.options.map((o, j) => {
      const label = [...fieldset.querySelectorAll<HTMLLabelElement>('label')].find((l) => l.dataset.value === o.value) ?? facetLabel(group.name, o, idPrefix);
      label.querySelector('input')!.checked = o.selected;
      label.querySelector('.search-facet-count')!.textContent = String(o.count);
      place(fieldset, label, j + 1); // after the legend
      return label;
    });
    for (const stale of fieldset.querySelectorAll('label')) if (!labels.includes(stale)) stale.remove();
    return fieldset;
  });
  for (const stale of container.querySelectorAll('fieldset')) if (!fieldsets.includes(stale)) stale.remove();
}

function facetLabel(name: FacetName, o: FacetOption, idPrefix: string): HTMLLabelElement {
  const id = `${idPrefix}-${name}-${++facetIds}`;
  const box = el('input', { type: 'checkbox', id, name, value: o.value });
  box.dataset.facet = name;
  const label = el('label', { htmlFor: id }, box, ' ', el('span', {}, o.label), ' ', el('span', { className: 'search-facet-count' }));
  label.dataset.value = o.value;
  return label;
}

/** Puts `child` at position `index` of `parent`, moving it only if it is elsewhere. */
function place(parent: Element, child: Element, index: number): void {
  const at = parent.children[index];
  if (at !== child) parent.insertBefore(child, at ?? null);
}
