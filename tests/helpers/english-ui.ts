/**
 * Finds English interface text on a Chinese page: every text node, and every accessible name or tooltip
 * (`aria-label`, `title`, `alt`, `placeholder`), that is an English UI string (src/i18n/ui/en.ts) whose
 * Chinese string differs, fills an English template ("source {n}" → "source 3"), or holds the fixed words of
 * one ("{title}: source entry").
 * Parts marked `lang="en"` (an untranslated entry's text, shown with a note), code and diagrams are skipped.
 */
import { Window } from 'happy-dom';
import { en, type UiKey } from '../../src/i18n/ui/en';
import { zh } from '../../src/i18n/ui/zh';

const words = /[A-Za-z]{3,}/;
const translated = (Object.keys(en) as UiKey[]).filter((k) => en[k] !== zh[k]);
/** Whole strings: a text node or attribute equal to one of these is English UI. */
const whole = new Set(translated.filter((k) => !en[k].includes('{') && words.test(en[k])).map((k) => en[k].trim()));
/** Whole templates: "source {n}" matches "source 3". */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const templates = translated
  .filter((k) => en[k].includes('{') && words.test(en[k].replace(/\{\w+\}/g, '')))
  .map((k) => new RegExp(`^${en[k].trim().split(/\{\w+\}/).map(escape).join('.+')}$`, 's'));
/** Template fragments: the longest fixed part of each template, when it is a phrase worth matching. */
const fragments = translated
  .filter((k) => en[k].includes('{'))
  .map((k) => en[k].split(/\{\w+\}/).map((p) => p.trim()).sort((a, b) => b.length - a.length)[0]!)
  .filter((p) => p.length >= 8 && words.test(p) && p.includes(' '));

const skipped = 'code, pre, svg, script, style, kbd, samp, [lang^="en"]';
const attributes = ['aria-label', 'title', 'alt', 'placeholder'];

/** The page with code, diagrams and parts marked English taken out; `close` frees the DOM. */
function readable(html: string) {
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  for (const el of doc.querySelectorAll(skipped)) if (el !== doc.documentElement) el.remove();
  return { doc, close: () => void window.happyDOM.close() };
}

export function englishUiText(html: string): string[] {
  const { doc, close } = readable(html);
  const found: string[] = [];
  const test = (text: string, where: string) => {
    const t = text.trim();
    if (!t) return;
    if (whole.has(t) || templates.some((r) => r.test(t))) found.push(`${where}: "${t}"`);
    else for (const f of fragments) if (t.includes(f)) found.push(`${where}: "${t}" (the English “${f}”)`);
  };
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) test(n.textContent ?? '', `text in <${n.parentElement?.localName}>`);
  for (const el of doc.querySelectorAll('*')) for (const a of attributes) if (el.hasAttribute(a)) test(el.getAttribute(a)!, `${a} on <${el.localName}>`);
  test(doc.title, '<title>');
  close();
  return found;
}

/**
 * English prose on a Chinese page that is not marked `lang="en"`: a text node of six or more Latin words
 * and no Chinese character (an untranslated entry's title, summary or figure wording, a correction note)
 * outside code, diagrams, addresses and parts already marked. Screen readers read it with Chinese rules.
 */
export function unmarkedEnglish(html: string): string[] {
  const { doc, close } = readable(html);
  const found: string[] = [];
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = (n.textContent ?? '').trim();
    if (/[\u3400-\u9fff]/.test(t) || /https?:\/\/|\w\.\w+\//.test(t)) continue;
    if ((t.match(/[A-Za-z]{2,}/g) ?? []).length >= 6) found.push(`<${n.parentElement?.localName}>: "${t.slice(0, 80)}"`);
  }
  close();
  return found;
}
