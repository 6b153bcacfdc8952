/**
 * The search interface in the browser, for the header dialog and for the /search/ page: runs a search as
 * the reader types, renders results and facets, moves through results with the arrow keys, switches
 * between the English and Chinese indexes, and (on the page) keeps the query and filters in the URL.
 * Loaded on first use by `boot.ts`; Pagefind itself loads on the first search.
 */
import { htmlLang, type Locale } from '../../i18n/locales';
import { moveSelection } from '../../search/keys';
import type { SearchMode } from '../../views/search-ui';
import { emptyLanguages, languageForQuery, languageToSearch, otherLanguage, type IndexPages } from '../../search/languages';
import { fill, promoteExactTitles, resultBatch, type ResultData } from '../../search/results';
import {
  emptyState,
  hasFilters,
  pagefindFilters,
  stateFromParams,
  stateToParams,
  toggleFilter,
  type FacetName,
  type SearchState,
} from '../../search/state';
import { searchStrings, type SearchStrings } from '../../search/strings';
import { facetCounts, facetGroups } from './facets';
import { indexLanguages, pagefindFor, type PagefindResult } from './pagefind';
import { resultItem, syncFacets } from './render';

/** Milliseconds of quiet typing before a search runs. */
const typingDelay = 120;

export class SearchController {
  private state: SearchState;
  private readonly strings: SearchStrings;
  private readonly pageLocale: Locale;
  private readonly q: <T extends Element>(selector: string) => T;
  private readonly input: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly facets: HTMLElement;
  private readonly facetGroups: HTMLElement;
  private readonly clear: HTMLButtonElement;
  private readonly more: HTMLButtonElement;
  private readonly pageLink: HTMLAnchorElement | null;
  private readonly other: HTMLButtonElement;
  private sequence = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: PagefindResult[] = [];
  private available: Promise<IndexPages> | undefined;
  /** Shown before the status, e.g. that the chosen language has no index yet. */
  private notice = '';
  /** The index the current query is searched in (languages.ts, languageForQuery). */
  private searchLang: Locale = 'en';

  constructor(
    private readonly panel: HTMLElement,
    private readonly mode: SearchMode,
  ) {
    this.q = (selector) => panel.querySelector(selector)!;
    this.pageLocale = (panel.dataset.locale ?? 'en') as Locale;
    this.strings = searchStrings(this.pageLocale);
    this.input = this.q('[data-search-input]');
    this.status = this.q('[data-search-status]');
    this.list = this.q('[data-search-results]');
    this.facets = this.q('[data-search-facets]');
    this.facetGroups = this.q('[data-search-facet-groups]');
    this.clear = this.q('[data-search-clear]');
    this.more = this.q('[data-search-more]');
    this.pageLink = panel.querySelector('[data-search-page-link]');
    this.other = this.q('[data-search-other]');
    if (mode === 'page') {
      this.state = stateFromParams(new URLSearchParams(location.search), this.pageLocale);
      this.input.value = this.state.q;
    } else {
      // The dialog's field had focus while this code loaded: keep what the reader already typed.
      this.state = { ...emptyState(this.pageLocale), q: this.input.value.trim() };
    }
    this.syncControls();
    this.wire();
  }

  /**
   * Loads the index of the current language (the reader has started a search), then searches for what is
   * in the field by then — after a typing pause, like any keystroke, so a half-typed word does not fetch
   * index chunks of its own.
   */
  start(): void {
    this.say(this.strings.loading);
    this.ensureLanguage()
      .then(() => pagefindFor(htmlLang[this.state.lang]))
      .then(
        () => this.schedule(),
        (error: unknown) => this.fail(error),
      );
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), typingDelay);
  }

  focus(): void {
    this.input.focus();
  }

  private wire(): void {
    this.panel.querySelector('form')!.addEventListener('submit', (e) => {
      e.preventDefault();
      const first = this.links()[0];
      if (this.mode === 'dialog' && first) first.click();
      else void this.run();
    });
    this.input.addEventListener('input', () => {
      this.state = { ...this.state, q: this.input.value.trim() };
      this.schedule();
    });
    this.panel.addEventListener('keydown', (e) => this.onKey(e));
    this.panel.addEventListener('change', (e) => {
      const target = e.target as HTMLInputElement | HTMLSelectElement;
      if (target.dataset.facet) {
        this.state = toggleFilter(this.state, target.dataset.facet as FacetName, target.value, (target as HTMLInputElement).checked);
      } else if (target.matches('[data-search-sort]')) {
        this.state = { ...this.state, sort: target.value === 'date' ? 'date' : 'relevance' };
      } else if (target.matches('[data-search-lang]')) {
        this.state = { ...this.state, lang: target.value as Locale };
      } else return;
      void this.run();
    });
    this.clear.addEventListener('click', () => {
      this.state = { ...this.state, filters: {} };
      void this.run();
      this.input.focus();
    });
    this.more.addEventListener('click', () => void this.showMore(true));
    this.other.addEventListener('click', () => {
      this.state = { ...this.state, lang: this.other.value as Locale };
      this.syncControls();
      void this.run();
      this.input.focus();
    });
  }

  private links(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll<HTMLAnchorElement>('a')];
  }

  private onKey(e: KeyboardEvent): void {
    const links = this.links();
    const active = document.activeElement;
    const at = active === this.input ? -1 : links.indexOf(active as HTMLAnchorElement);
    if (at < -1 || (active !== this.input && at === -1)) return;
    const next = moveSelection(at, e.key, links.length);
    if (next !== undefined) {
      e.preventDefault();
      (next === -1 ? this.input : links[next]!).focus();
    } else if (at >= 0 && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      this.input.focus(); // typing on a result goes on typing the query
    }
  }

  /** Which language's index to search; falls back to another when the chosen one has no pages yet. */
  private async ensureLanguage(): Promise<void> {
    this.available ??= indexLanguages();
    const pages = await this.available;
    const empty = emptyLanguages(pages);
    for (const radio of this.panel.querySelectorAll<HTMLInputElement>('[data-search-lang]')) {
      radio.disabled = empty.includes(radio.value as Locale);
      const note = radio.closest('label')?.querySelector<HTMLElement>('.search-language-note');
      if (note) note.hidden = !radio.disabled;
    }
    const wanted = this.state.lang;
    const { labels } = this.strings;
    const lang = languageToSearch(pages, wanted);
    // The scope the reader chose stays chosen; a query written in Chinese is searched in the Chinese pages.
    this.searchLang = languageForQuery(this.state.q, lang, pages);
    this.notice =
      this.searchLang !== lang
        ? fill(this.strings.queryLanguage, { language: labels.lang[this.searchLang]! })
        : lang === wanted
          ? ''
          : fill(this.strings.fallback, { language: labels.lang[wanted]!, fallback: labels.lang[lang]! });
    this.state = { ...this.state, lang };
    this.syncControls();
  }

  private syncControls(): void {
    for (const radio of this.panel.querySelectorAll<HTMLInputElement>('[data-search-lang]')) {
      radio.checked = radio.value === this.state.lang;
    }
    this.q<HTMLSelectElement>('[data-search-sort]').value = this.state.sort;
  }

  private say(text: string): void {
    const full = this.notice ? `${this.notice} ${text}` : text;
    if (this.status.textContent !== full) this.status.textContent = full;
  }

  private fail(error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    if (import.meta.env.DEV) {
      this.say(this.strings.dev);
      console.info('Atlas search: no index to search in `astro dev` until `npm run build` has run once', error);
    } else {
      this.say(fill(this.strings.error, { reason }));
      console.error('Atlas search: could not load the Pagefind index', error);
    }
  }

  private async run(): Promise<void> {
    const id = ++this.sequence;
    const state = this.state;
    this.syncUrl();
    if (!state.q && !hasFilters(state)) {
      this.list.replaceChildren();
      this.facets.hidden = true;
      this.more.hidden = true;
      this.other.hidden = true;
      this.say(this.strings.idle);
      return;
    }
    this.panel.setAttribute('aria-busy', 'true');
    try {
      await this.ensureLanguage();
      const pagefind = await pagefindFor(htmlLang[this.searchLang]);
      const options = { filters: pagefindFilters(state.filters), sort: state.sort === 'date' ? { date: 'desc' } : {} };
      const search = await pagefind.search(state.q || null, options);
      if (id !== this.sequence) return;
      this.pending = [...search.results];
      this.list.replaceChildren();
      await this.showMore(false);
      if (id !== this.sequence) return;
      this.announce(search.results.length);
      const counts = await facetCounts(pagefind, state, options, search);
      if (id !== this.sequence) return;
      this.renderFacets(counts);
    } catch (error) {
      if (id === this.sequence) this.fail(error);
    } finally {
      if (id === this.sequence) this.panel.removeAttribute('aria-busy');
    }
  }

  private async showMore(moveFocus: boolean): Promise<void> {
    const next = this.pending.splice(0, resultBatch);
    const id = this.sequence;
    let data: ResultData[] = await Promise.all(next.map((r) => r.data()));
    if (id !== this.sequence) return;
    if (this.state.sort === 'relevance') data = promoteExactTitles(this.state.q, data, (d) => d.meta.title);
    const lang = htmlLang[this.searchLang];
    const items = data.map((d) => resultItem(d, this.strings.sections, lang));
    this.list.append(...items);
    this.more.hidden = this.pending.length === 0;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  private renderFacets(counts: Record<string, Record<string, number>>): void {
    const groups = facetGroups(counts, this.state, this.strings);
    syncFacets(this.facetGroups, groups, `${this.panel.id}-facet`);
    this.clear.hidden = !hasFilters(this.state);
    this.facets.hidden = !groups.length;
  }

  private announce(count: number): void {
    const vars = { count, query: this.state.q, language: this.strings.labels.lang[this.searchLang]! };
    void this.offerOtherLanguage(count);
    if (!this.state.q) this.say(fill(this.strings.filtered, vars));
    else this.say(fill(count === 0 ? this.strings.none : count === 1 ? this.strings.one : this.strings.results, vars));
  }

  /** With no results, offers the other language's index when it has pages. */
  private async offerOtherLanguage(count: number): Promise<void> {
    const other = otherLanguage((await this.available) ?? {}, this.searchLang);
    this.other.hidden = count > 0 || !other;
    if (other) {
      this.other.value = other;
      this.other.textContent = fill(this.strings.tryOther, { language: this.strings.labels.lang[other]! });
    }
  }

  /** The page keeps its state in the URL; the dialog offers the same state as a link to the page. */
  private syncUrl(): void {
    const params = stateToParams(this.state, this.pageLocale).toString();
    if (this.mode === 'page') {
      const url = `${location.pathname}${params ? `?${params}` : ''}`;
      if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
    } else if (this.pageLink) {
      this.pageLink.href = `${this.panel.dataset.searchPage}${params ? `?${params}` : ''}`;
    }
  }
}

export function attach(panel: HTMLElement, mode: SearchMode): SearchController {
  const controller = new SearchController(panel, mode);
  controller.start();
  return controller;
}
