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

const instances = new Map<string, Promise<PagefindInstance>>();

/** Pages per language index (`en`, `zh-cn`), from the manifest Pagefind writes next to its script. */
export async function indexLanguages(): Promise<Record<string, number>> {
  const response = await fetch(`${bundleUrl}pagefind-entry.json`);
  if (!response.ok) throw new Error(`${response.status} for ${bundleUrl}pagefind-entry.json`);
  const entry = (await response.json()) as { languages: Record<string, { page_count: number }> };
  return Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
}

/**
 * The Pagefind instance searching the index of `htmlLang` (`en`, `zh-CN`).
 *
 * Each language gets its own copy of pagefind.js, imported as `pagefind.js?lang=…`: the script keeps its
 * WebAssembly in one module-level slot that is initialised once, so a second instance in the same module
 * would search the other language's index with the first one's wasm (English stemming on Chinese, or
 * none on English) and find nothing. Switching language therefore costs one more download of the script.
 */
export function pagefindFor(htmlLang: string): Promise<PagefindInstance> {
  let instance = instances.get(htmlLang);
  if (!instance) {
    instance = create(htmlLang);
    instances.set(htmlLang, instance);
    instance.catch(() => instances.delete(htmlLang)); // let the next search try again
  }
  return instance;
}

/**
 * pagefind.js also picks the index from `<html lang>` at the moment an instance is created, with no option
 * to choose another, so the attribute is set for that one synchronous call and restored before anything
 * can render or read it.
 */
async function create(htmlLang: string): Promise<PagefindInstance> {
  const pagefind = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js?lang=${htmlLang.toLowerCase()}`)) as PagefindModule;
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
