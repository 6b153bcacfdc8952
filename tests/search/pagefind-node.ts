/**
 * Runs a built site's Pagefind search in Node, the way a browser on one of its pages would: imports the
 * generated `pagefind/pagefind.js`, answers its fetches from disk, and picks the language index from the
 * `<html lang>` it is given (see shared/reference/stack.md §7). Used by the relevance tests and the bench.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface Hit {
  url: string;
  title: string;
  kind?: string;
  summary?: string;
  excerpt: string;
  score: number;
  filters: Record<string, string[]>;
  subResults: { url: string; title: string }[];
}

export interface Fetched {
  file: string;
  bytes: number;
}

export interface NodeSearch {
  search(query: string | null, options?: Record<string, unknown>, limit?: number): Promise<Hit[]>;
  /** Every filter value with its page count. */
  filters(): Promise<Record<string, Record<string, number>>>;
  /** Files fetched by any open instance since the last `resetFetched` (one instance at a time to measure). */
  fetched: Fetched[];
  resetFetched(): void;
  destroy(): Promise<void>;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): {
    search(q: string | null, o?: Record<string, unknown>): Promise<{ results: { score: number; data(): Promise<RawData> }[] }>;
    filters(): Promise<Record<string, Record<string, number>>>;
    options(o: Record<string, unknown>): Promise<void>;
    destroy(): Promise<void>;
  };
}
interface RawData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: { url: string; title: string }[];
}

const modules = new Map<string, Promise<PagefindModule>>();
/** Every file read through fetch, by any instance, since the last `resetFetched`. */
const fetched: Fetched[] = [];

/**
 * A search over `distDir/pagefind` as seen from a page with `<html lang={htmlLang}>`.
 * Like the browser code (src/components/search/pagefind.ts), each language imports its own copy of
 * pagefind.js (`?lang=…`): the script keeps its WebAssembly in one module-level slot, and two instances
 * with different languages in one module corrupt each other ("memory access out of bounds").
 */
export async function openSearch(distDir: string, htmlLang: string, options: Record<string, unknown> = {}): Promise<NodeSearch> {
  const bundle = path.join(distDir, 'pagefind');
  globalThis.fetch = async (input: string | URL | Request) => {
    const url = new URL(String(input));
    url.search = '';
    const file = fileURLToPath(url);
    const body = await readFile(file);
    fetched.push({ file: path.relative(bundle, file), bytes: body.byteLength });
    return new Response(body);
  };
  // pagefind.js reads the page language when an instance is created, and wasm-bindgen's prelude
  // touches `location` unless `currentScript` is null.
  (globalThis as { document?: unknown }).document = {
    currentScript: null,
    querySelector: () => ({ getAttribute: () => htmlLang }),
  };
  const href = `${pathToFileURL(path.join(bundle, 'pagefind.js')).href}?lang=${htmlLang.toLowerCase()}`;
  if (!modules.has(href)) modules.set(href, import(href) as Promise<PagefindModule>);
  const pagefind = await modules.get(href)!;
  const instance = pagefind.createInstance({ baseUrl: '/', ...options });
  return {
    fetched,
    resetFetched: () => void fetched.splice(0),
    filters: () => instance.filters(),
    destroy: () => instance.destroy(),
    async search(query, searchOptions = {}, limit = 10) {
      const { results } = await instance.search(query, searchOptions);
      const data = await Promise.all(results.slice(0, limit).map((r) => r.data()));
      return data.map((d, i) => ({
        url: d.url,
        title: d.meta.title ?? '',
        kind: d.meta.kind,
        summary: d.meta.summary,
        excerpt: d.excerpt,
        score: results[i]!.score,
        filters: d.filters,
        subResults: d.sub_results.map((s) => ({ url: s.url, title: s.title })),
      }));
    },
  };
}

/** One search per language over a site, opened on first use. */
export function languages(distDir: string) {
  const open = new Map<string, Promise<NodeSearch>>();
  return {
    use(lang: string): Promise<NodeSearch> {
      if (!open.has(lang)) open.set(lang, openSearch(distDir, lang));
      return open.get(lang)!;
    },
    async close() {
      for (const search of open.values()) await (await search).destroy();
      open.clear();
    },
  };
}
