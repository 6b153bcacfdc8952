/**
 * Hover or focus an internal link to see the entry's title, kind and summary. The data is in the page
 * (#atlas-previews); the card is absolutely positioned, so nothing else moves. Esc or leaving hides it.
 */
import type { Preview } from '../../views/previews';
import { isVerdict, verdictBadgeElement } from '../../views/verdict-icons';

export function attachPreviews(): void {
  const data = document.getElementById('atlas-previews');
  const card = document.getElementById('atlas-preview');
  if (!data || !card) return;
  const previews = JSON.parse(data.textContent ?? '{}') as Record<string, Preview>;
  let current: HTMLAnchorElement | undefined;
  let timer: number | undefined;

  const hide = () => {
    window.clearTimeout(timer);
    card.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = undefined;
  };
  const show = (link: HTMLAnchorElement) => {
    const preview = previews[new URL(link.href).pathname];
    if (!preview || link === current) return;
    hide();
    current = link;
    card.replaceChildren();
    const kind = document.createElement('span');
    kind.className = 'link-preview-kind';
    kind.textContent = preview.k;
    const title = document.createElement('strong');
    title.textContent = preview.t;
    if (preview.l) title.lang = preview.l;
    card.append(kind);
    if (isVerdict(preview.v) && preview.vl) card.append(verdictBadgeElement(document, preview.v, preview.vl));
    card.append(title);
    for (const [text, className] of [[preview.s, ''], [preview.c, 'claimed']] as const) {
      if (!text) continue;
      const p = document.createElement('p');
      p.textContent = text;
      if (preview.l) p.lang = preview.l;
      if (className) p.className = className;
      card.append(p);
    }
    const box = link.getBoundingClientRect();
    card.style.left = `${Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - 328))}px`;
    card.style.top = `${box.bottom + window.scrollY + 6}px`;
    card.hidden = false;
    link.setAttribute('aria-describedby', card.id);
  };
  const linkOf = (e: Event) => (e.target as Element | null)?.closest?.('main a[href]') as HTMLAnchorElement | null;

  document.addEventListener('pointerover', (e) => {
    const link = linkOf(e);
    window.clearTimeout(timer);
    if (link) timer = window.setTimeout(() => show(link), 250);
  });
  document.addEventListener('pointerout', (e) => {
    if (linkOf(e)) hide();
  });
  document.addEventListener('focusin', (e) => {
    const link = linkOf(e);
    if (link) show(link);
    else hide();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
}
