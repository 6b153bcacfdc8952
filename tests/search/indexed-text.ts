/**
 * The text Pagefind indexes on a built page: the `data-pagefind-body` element without its
 * `data-pagefind-ignore` parts. Tests compare search results with plain substring checks on it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';

export function indexedText(html: string): string | undefined {
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  const body = doc.querySelector('[data-pagefind-body]');
  let text: string | undefined;
  if (body) {
    for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
    text = body.textContent ?? '';
  }
  void window.happyDOM.close();
  return text;
}

/**
 * URL → indexed text of every indexed page under `distDir` (URLs as Pagefind reports them), or only of
 * those under `folder` (e.g. `zh`): parsing every page of a full build at once exhausts a test worker.
 */
export function indexedPages(distDir: string, folder = ''): Map<string, string> {
  const pages = new Map<string, string>();
  for (const entry of readdirSync(path.join(distDir, folder), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const file = path.join(entry.parentPath, entry.name);
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const text = indexedText(html);
    if (text !== undefined) pages.set(`/${path.relative(distDir, entry.parentPath).split(path.sep).join('/')}/`.replace('//', '/'), text);
  }
  return pages;
}
