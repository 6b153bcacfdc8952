/**
 * Builds the result list and the facets as DOM nodes. Text goes in as text nodes, never as HTML:
 * excerpts are split into runs by `excerptParts` and only `<mark>` is created from them.
 */
import { excerptParts, fill, sectionLinks, type FacetOption, type ResultData } from '../../views/search-results';
import type { FacetName } from '../../views/search-state';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
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

/** One facet as a group of checkboxes with counts. */
export function facetGroup(name: FacetName, legend: string, options: FacetOption[], idPrefix: string): HTMLFieldSetElement {
  const fieldset = el('fieldset', { className: 'search-facet' }, el('legend', {}, legend));
  for (const [i, o] of options.entries()) {
    const id = `${idPrefix}-${name}-${i}`;
    const box = el('input', { type: 'checkbox', id, name, value: o.value, checked: o.selected });
    box.dataset.facet = name;
    const label = el('label', { htmlFor: id }, box, ' ', el('span', {}, o.label), ' ', el('span', { className: 'search-facet-count' }, String(o.count)));
    fieldset.append(label);
  }
  return fieldset;
}

export function clearButton(label: string): HTMLButtonElement {
  const button = el('button', { type: 'button', className: 'search-clear' }, label);
  button.dataset.searchClear = '';
  return button;
}
