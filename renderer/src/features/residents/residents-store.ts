import { create } from 'zustand';
import type { ResidentListItem, ResidentSearch, ResidentSort } from '../../../../shared/domain/resident';
import { toApiError, type ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { loadForSession } from '../../stores/session';
import { registerSensitiveStore } from '../../stores/sensitive';

/** Rows per residents.search call: a few screens' worth, small enough to arrive within a frame or two of a keystroke. */
export const PAGE_SIZE = 50;

export type SortColumn = Exclude<ResidentSort, 'relevance'>;

/** The list's filters, as residents.search takes them; absent means "any". */
export type ListFilters = Partial<Pick<ResidentSearch, 'status' | 'roomId' | 'ageBand' | 'riskLevel' | 'staffId'>>;

interface ResidentsListState {
  query: string;
  filters: ListFilters;
  sort: ResidentSort;
  direction: 'asc' | 'desc';
  /** Rows in the whole result; null until the first page of a search has arrived. */
  total: number | null;
  /** Nothing matched as typed: these are near spellings. */
  fuzzy: boolean;
  /** Loaded pages by page number; rows of missing pages show as loading. */
  pages: Record<number, ResidentListItem[]>;
  /**
   * The rows shown are the previous search's, kept on screen until the first page of the
   * new one arrives (a few milliseconds), so typing never blanks the list.
   */
  stale: boolean;
  error: ApiError | null;
  /** Changes with every new search or sort, so the list scrolls back to the top. */
  generation: number;
  search(query: string): void;
  /** Asks again for what is shown, keeping the search and sort (the page was opened again). */
  refresh(): void;
  sortBy(column: SortColumn): void;
  /** Sets one filter (undefined clears it) and starts the list again from the top. */
  setFilter<K extends keyof ListFilters>(key: K, value: ListFilters[K] | undefined): void;
  clearFilters(): void;
  /** Loads the pages holding rows [start, end) that are not loaded or loading yet. */
  ensureRows(start: number, end: number): void;
}

/** A fresh list: on first load and again after a lock, when nothing may stay in memory. */
const EMPTY_LIST: Pick<ResidentsListState, 'query' | 'filters' | 'sort' | 'direction' | 'total' | 'fuzzy' | 'pages' | 'stale' | 'error'> = {
  query: '',
  filters: {},
  sort: 'relevance',
  direction: 'asc',
  total: null,
  fuzzy: false,
  pages: {},
  stale: false,
  error: null,
};

export function rowFrom(pages: Record<number, ResidentListItem[]>, index: number): ResidentListItem | undefined {
  return pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
}

// Pages asked for in the current generation; an answer for an older one is dropped.
let inFlight = new Set<number>();

export const useResidentsListStore = create<ResidentsListState>((set, get) => {
  const loadPage = (page: number) => {
    const { query, filters, sort, direction, generation } = get();
    if (inFlight.has(page) || (get().pages[page] && !get().stale)) return;
    inFlight.add(page);
    const current = () => get().generation === generation;
    loadForSession(
      () => call('residents.search', { query, ...filters, sort, direction, limit: PAGE_SIZE, offset: page * PAGE_SIZE }),
      (result) => {
        if (!current()) return;
        set((s) =>
          page === 0
            ? { pages: { 0: result.items }, total: result.total, fuzzy: result.fuzzy, stale: false, error: null }
            : { pages: { ...s.pages, [page]: result.items }, total: s.total ?? result.total, error: null },
        );
      },
    )
      .catch((e: unknown) => {
        // A failed first page leaves no rows of an older search on screen under the error.
        if (current()) set(page === 0 ? { error: toApiError(e), pages: {}, total: null, stale: false } : { error: toApiError(e) });
      })
      .finally(() => {
        if (current()) inFlight.delete(page);
      });
  };

  const restart = (changes: Partial<Pick<ResidentsListState, 'query' | 'filters' | 'sort' | 'direction'>>) => {
    inFlight = new Set();
    // The old rows stay until page 0 answers (see `stale`); before any answer there are none.
    set((s) => ({ ...changes, stale: s.total !== null, error: null, generation: s.generation + 1 }));
    loadPage(0);
  };

  return {
    ...EMPTY_LIST,
    generation: 0,
    search(query) {
      const trimmed = query.trim();
      if (trimmed === get().query && get().total !== null) return;
      restart({ query: trimmed });
    },
    refresh() {
      // With no total yet, a first page is already on its way (or `search` will ask for it).
      if (get().total !== null) restart({});
    },
    sortBy(column) {
      const { sort, direction, query } = get();
      // Without a query, "relevance" is name order, so clicking Name then turns it round.
      const shown = sort === 'relevance' && !query ? 'name' : sort;
      const nextDirection = shown === column && direction === 'asc' ? 'desc' : 'asc';
      restart({ sort: column, direction: shown === column ? nextDirection : 'asc' });
    },
    setFilter(key, value) {
      const filters = { ...get().filters };
      if (value === undefined) delete filters[key];
      else filters[key] = value;
      restart({ filters });
    },
    clearFilters() {
      if (Object.keys(get().filters).length > 0) restart({ filters: {} });
    },
    ensureRows(start, end) {
      const { total, stale } = get();
      if (total === null || stale) return;
      const last = Math.min(end, total) - 1;
      for (let p = Math.floor(start / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) loadPage(p);
    },
  };
});

registerSensitiveStore(() => {
  inFlight = new Set();
  useResidentsListStore.setState((s) => ({ ...EMPTY_LIST, generation: s.generation + 1 }));
});
