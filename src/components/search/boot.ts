/**
 * The only search code every page loads: turns the header link into a button, listens for `/` and
 * Ctrl/⌘-K, and on first use imports the search interface (`controller.ts`), which then loads Pagefind.
 * Until the reader starts a search, no Pagefind file is requested.
 */
import { opensSearch } from '../../search/keys';
import type { SearchController } from './controller';

const button = document.querySelector<HTMLButtonElement>('[data-search-trigger]');
const fallback = document.querySelector<HTMLAnchorElement>('[data-search-fallback]');
const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
const pagePanel = document.querySelector<HTMLElement>('[data-search-panel="page"]');

let controller: Promise<SearchController> | undefined;
const loadInterface = () => import('./controller');

let body: Promise<void> | undefined;
/** Fetches the dialog's panel below the field (a small HTML fragment) once, and puts it in place. */
function loadBody(): Promise<void> {
  const slot = dialog?.querySelector<HTMLElement>('[data-search-lazy-body]');
  if (!slot) return Promise.resolve();
  return (body ??= fetch(slot.dataset.searchLazyBody!)
    .then((res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.text();
    })
    // The fragment is a build output like any page: drop its doctype and CSP meta, which belong in a head.
    .then((html) => slot.insertAdjacentHTML('afterend', html.replace(/^<!DOCTYPE html>/i, '').replace(/<meta [^>]*>/g, '')))
    .then(() => slot.remove()));
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])'));
}

async function open(): Promise<void> {
  if (pagePanel) {
    pagePanel.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
    return;
  }
  if (!dialog) return;
  const panel = dialog.querySelector<HTMLElement>('[data-search-panel]')!;
  const input = panel.querySelector<HTMLInputElement>('[data-search-input]')!;
  if (!dialog.open) dialog.showModal();
  // Focus now, not after the interface has loaded, so no keystroke is lost; on reopening, select the
  // previous query so typing replaces it.
  input.focus();
  if (controller) input.select();
  controller ??= Promise.all([loadInterface(), loadBody()]).then(([{ attach }]) => attach(panel, 'dialog'));
  await controller;
}

if (button && fallback) {
  button.hidden = false;
  fallback.hidden = true;
  button.addEventListener('click', () => void open());
  // Fetch the interface code (not the index) as soon as the reader heads for the button.
  for (const event of ['pointerenter', 'focus'] as const) {
    button.addEventListener(event, () => void Promise.all([loadInterface(), loadBody()]).catch(() => {}), { once: true });
  }
}

document.addEventListener('keydown', (e) => {
  if (!opensSearch(e, isTyping(e.target))) return;
  e.preventDefault();
  void open();
});

dialog?.addEventListener('click', (e) => {
  // A click on the backdrop (the dialog element itself, outside its content) closes it.
  if (e.target === dialog) dialog.close();
});
dialog?.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
