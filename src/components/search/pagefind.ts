/**
 * Loads Pagefind in the browser, only when a search starts: the generated `pagefind/pagefind.js` is not
 * part of the bundle (it is written after the build, by the search-index integration), so it is imported
 * by URL. Each language has its own index; this hands out one Pagefind instance per language.
 */

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface PagefindInstance {
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindSearch>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
export const bundleUrl = `${base}pagefind/`;

let module: Promise<PagefindModule> | undefined;
const instances = new Map<string, PagefindInstance>();

/** Pages per language index (`en`, `zh-cn`), from the manifest Pagefind writes next to its script. */
export async function indexLanguages(): Promise<Record<string, number>> {
  const response = await fetch(`${bundleUrl}pagefind-entry.json`);
  if (!response.ok) throw new Error(`${response.status} for ${bundleUrl}pagefind-entry.json`);
  const entry = (await response.json()) as { languages: Record<string, { page_count: number }> };
  return Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
}

/**
 * The Pagefind instance searching the index of `htmlLang` (`en`, `zh-CN`).
 * pagefind.js picks the index from `<html lang>` at the moment an instance is created and offers no option
 * to choose another, so to search the other language from this page the attribute is set for that one
 * synchronous call and restored before anything can render or read it.
 */
export async function pagefindFor(htmlLang: string): Promise<PagefindInstance> {
  const existing = instances.get(htmlLang);
  if (existing) return existing;
  module ??= import(/* @vite-ignore */ `${bundleUrl}pagefind.js`) as Promise<PagefindModule>;
  const pagefind = await module;
  const root = document.documentElement;
  const pageLang = root.getAttribute('lang') ?? '';
  root.setAttribute('lang', htmlLang);
  let instance: PagefindInstance;
  try {
    instance = pagefind.createInstance({ baseUrl: base });
  } finally {
    root.setAttribute('lang', pageLang);
  }
  instances.set(htmlLang, instance);
  return instance;
}
