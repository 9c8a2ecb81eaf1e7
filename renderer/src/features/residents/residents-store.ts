import { create } from 'zustand';
import type { ResidentListItem, ResidentSort } from '../../../../shared/domain/resident';
import { toApiError, type ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { loadForSession } from '../../stores/session';
import { registerSensitiveStore } from '../../stores/sensitive';

/** Rows per residents.search call: a few screens' worth, well under the channel's limit of 200. */
export const PAGE_SIZE = 100;

export type SortColumn = Exclude<ResidentSort, 'relevance'>;

interface ResidentsListState {
  query: string;
  sort: ResidentSort;
  direction: 'asc' | 'desc';
  /** Rows in the whole result; null until the first page of a search has arrived. */
  total: number | null;
  /** Nothing matched as typed: these are near spellings. */
  fuzzy: boolean;
  /** Loaded pages by page number; rows of missing pages show as loading. */
  pages: Record<number, ResidentListItem[]>;
  error: ApiError | null;
  /** Changes with every new search or sort, so the list scrolls back to the top. */
  generation: number;
  search(query: string): void;
  /** Asks again for what is shown, keeping the search and sort (the page was opened again). */
  refresh(): void;
  sortBy(column: SortColumn): void;
  /** Loads the pages holding rows [start, end) that are not loaded or loading yet. */
  ensureRows(start: number, end: number): void;
}

/** A fresh list: on first load and again after a lock, when nothing may stay in memory. */
const EMPTY_LIST: Pick<ResidentsListState, 'query' | 'sort' | 'direction' | 'total' | 'fuzzy' | 'pages' | 'error'> = {
  query: '',
  sort: 'relevance',
  direction: 'asc',
  total: null,
  fuzzy: false,
  pages: {},
  error: null,
};

export function rowFrom(pages: Record<number, ResidentListItem[]>, index: number): ResidentListItem | undefined {
  return pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
}

// Pages asked for in the current generation; an answer for an older one is dropped.
let inFlight = new Set<number>();

export const useResidentsListStore = create<ResidentsListState>((set, get) => {
  const loadPage = (page: number) => {
    const { query, sort, direction, generation } = get();
    if (inFlight.has(page) || get().pages[page]) return;
    inFlight.add(page);
    const current = () => get().generation === generation;
    loadForSession(
      () => call('residents.search', { query, sort, direction, limit: PAGE_SIZE, offset: page * PAGE_SIZE }),
      (result) => {
        if (!current()) return;
        set((s) => {
          // Core finds near spellings only for the first page; later pages would come back
          // empty, so a near-spelling result is kept to what that first page holds.
          const total = page === 0 ? (result.fuzzy ? result.items.length : result.total) : (s.total ?? result.total);
          return {
            pages: { ...s.pages, [page]: result.items },
            total,
            fuzzy: page === 0 ? result.fuzzy : s.fuzzy,
            error: null,
          };
        });
      },
    )
      .catch((e: unknown) => {
        if (current()) set({ error: toApiError(e) });
      })
      .finally(() => {
        if (current()) inFlight.delete(page);
      });
  };

  const restart = (changes: Partial<Pick<ResidentsListState, 'query' | 'sort' | 'direction'>>) => {
    inFlight = new Set();
    set((s) => ({ ...changes, pages: {}, total: null, fuzzy: false, error: null, generation: s.generation + 1 }));
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
    ensureRows(start, end) {
      const { total } = get();
      if (total === null) return;
      const last = Math.min(end, total) - 1;
      for (let p = Math.floor(start / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) loadPage(p);
    },
  };
});

registerSensitiveStore(() => {
  inFlight = new Set();
  useResidentsListStore.setState((s) => ({ ...EMPTY_LIST, generation: s.generation + 1 }));
});
