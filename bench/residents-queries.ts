import type { SqliteDb } from '../electron/core/db/open';
import { prng } from '../electron/core/demo/residents-data';

/** The search box inputs a worker would type, each drawn from residents that exist. */
export const SEARCH_KINDS = ['exact', 'prefix3', 'prefix5', 'code', 'phone', 'fuzzy'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface ResidentsWorkload {
  searches: Record<SearchKind, string[]>;
  /** Offsets of list pages sorted by name, anywhere in the list (scrolling or jumping). */
  pageOffsets: number[];
  fileIds: string[];
}

interface Sample {
  id: string;
  code: string;
  given_names: string | null;
  family_name: string | null;
  phone: string | null;
}

export const PAGE_SIZE = 50;
const QUERY_SEED = 7;

/**
 * A typo the exact search cannot match: two letters swapped in the middle of a long name
 * (Mukamana → Mukmaana). Near-spelling search has to find it, which is the slow path.
 */
function misspell(name: string): string {
  const i = Math.floor(name.length / 2);
  const swapped = name.slice(0, i - 1) + name[i] + name[i - 1] + name.slice(i + 1);
  return swapped === name ? name.slice(0, i) + name.slice(i + 1) : swapped;
}

/** Seeded, so two runs (and the encrypted and plain passes) ask exactly the same things. */
export function residentsWorkload(sqlite: SqliteDb, perKind: number): ResidentsWorkload {
  const rnd = prng(QUERY_SEED);
  const rows = sqlite.prepare('SELECT id, code, given_names, family_name, phone FROM residents ORDER BY row_num').all() as Sample[];
  const pick = (filter: (s: Sample) => boolean): Sample[] => {
    const pool = rows.filter(filter);
    return Array.from({ length: perKind }, () => pool[Math.floor(rnd() * pool.length)]!);
  };
  const named = (s: Sample) => !!s.given_names && !!s.family_name;
  const long = (s: Sample) => (s.family_name?.length ?? 0) >= 6;
  return {
    searches: {
      exact: pick(named).map((s) => `${s.given_names} ${s.family_name}`),
      prefix3: pick(long).map((s) => s.family_name!.slice(0, 3)),
      prefix5: pick(long).map((s) => s.family_name!.slice(0, 5)),
      code: pick(() => true).map((s) => s.code),
      phone: pick((s) => !!s.phone).map((s) => {
        const digits = s.phone!.replace(/\D/g, '');
        const start = 3 + Math.floor(rnd() * (digits.length - 8));
        return digits.slice(start, start + 5);
      }),
      fuzzy: pick((s) => named(s) && long(s)).map((s) => `${s.given_names} ${misspell(s.family_name!)}`),
    },
    pageOffsets: Array.from({ length: perKind }, () => Math.floor((rnd() * rows.length) / PAGE_SIZE) * PAGE_SIZE),
    fileIds: pick(() => true).map((s) => s.id),
  };
}
