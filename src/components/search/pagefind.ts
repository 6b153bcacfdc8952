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
  destroy(): Promise<void>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
export const bundleUrl = `${base}pagefind/`;

let module: Promise<PagefindModule> | undefined;
let current: { htmlLang: string; instance: Promise<PagefindInstance> } | undefined;

/** Pages per language index (`en`, `zh-cn`), from the manifest Pagefind writes next to its script. */
export async function indexLanguages(): Promise<Record<string, number>> {
  const response = await fetch(`${bundleUrl}pagefind-entry.json`);
  if (!response.ok) throw new Error(`${response.status} for ${bundleUrl}pagefind-entry.json`);
  const entry = (await response.json()) as { languages: Record<string, { page_count: number }> };
  return Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
}

/**
 * The Pagefind instance searching the index of `htmlLang` (`en`, `zh-CN`). Only one lives at a time:
 * pagefind.js keeps its WebAssembly in one slot per worker, and a second instance with another language's
 * wasm corrupts the first (its searches come back empty). Switching language destroys the old instance;
 * the files it loaded stay in the HTTP cache.
 */
export function pagefindFor(htmlLang: string): Promise<PagefindInstance> {
  if (current?.htmlLang === htmlLang) return current.instance;
  const previous = current?.instance;
  const instance = (async () => {
    await previous?.then((p) => p.destroy()).catch(() => undefined);
    return create(htmlLang);
  })();
  current = { htmlLang, instance };
  instance.catch(() => {
    if (current?.instance === instance) current = undefined;
  });
  return instance;
}

/**
 * pagefind.js picks the index from `<html lang>` at the moment an instance is created and has no option to
 * choose another, so to search the other language from this page the attribute is set for that one
 * synchronous call and restored before anything can render or read it.
 */
async function create(htmlLang: string): Promise<PagefindInstance> {
  module ??= (import(/* @vite-ignore */ `${bundleUrl}pagefind.js`) as Promise<PagefindModule>).catch((error: unknown) => {
    module = undefined; // let the next search try again
    throw error;
  });
  const pagefind = await module;
  const root = document.documentElement;
  const pageLang = root.getAttribute('lang') ?? '';
  root.setAttribute('lang', htmlLang);
  try {
    // No web worker: it would download a second copy of Pagefind's code (12 KB gzipped) to keep searches of
    // ~10 ms off the main thread; at Atlas's size that is not worth a tenth of the first-query budget.
    return pagefind.createInstance({ baseUrl: base, noWorker: true });
  } finally {
    root.setAttribute('lang', pageLang);
  }
}

const facetData = new WeakMap<PagefindInstance, Promise<void>>();

/**
 * Loads every filter's data, once per instance. Pagefind counts facet values only for filters whose data is
 * loaded, and loading it is a separate set of files, so it is fetched after the first results are shown.
 * Resolves to true the first time (the caller must recount), false after.
 */
export async function loadFacetData(instance: PagefindInstance): Promise<boolean> {
  const loaded = facetData.get(instance);
  if (loaded) return loaded.then(() => false);
  const loading = instance.filters().then(() => undefined);
  facetData.set(instance, loading);
  await loading;
  return true;
}
