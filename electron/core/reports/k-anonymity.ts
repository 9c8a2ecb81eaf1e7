/** What a suppressed value is written as. */
export const SUPPRESSED = '*';

export interface Suppression<R> {
  rows: R[];
  /** Cells replaced by SUPPRESSED. */
  suppressedValues: number;
  /** People left out because even with every quasi-identifier suppressed they were fewer than k. */
  droppedRecords: number;
}

const keyOf = <R extends Record<string, string>>(row: R, qis: readonly (keyof R)[]) => JSON.stringify(qis.map((q) => row[q]));

function groupSizes<R extends Record<string, string>>(rows: R[], qis: readonly (keyof R)[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const r of rows) {
    const k = keyOf(r, qis);
    sizes.set(k, (sizes.get(k) ?? 0) + 1);
  }
  return sizes;
}

/**
 * Local suppression to k-anonymity: while some people share their combination of
 * quasi-identifiers with fewer than k-1 others, their value of the next quasi-identifier
 * (most identifying first) is suppressed. Suppressing only ever merges groups, so people
 * already in a group of k stay untouched. Whoever is still in a group below k once every
 * quasi-identifier is suppressed is left out. Afterwards no combination occurs fewer than
 * k times, which the property test checks on random tables.
 */
export function suppressToK<R extends Record<string, string>>(input: readonly R[], qis: readonly (keyof R)[], k: number): Suppression<R> {
  if (!Number.isInteger(k) || k < 1) throw new Error('k must be a positive integer');
  const rows = input.map((r) => ({ ...r }));
  let suppressedValues = 0;
  for (const q of qis) {
    const sizes = groupSizes(rows, qis);
    for (const r of rows) {
      if (sizes.get(keyOf(r, qis))! >= k || r[q] === SUPPRESSED) continue;
      (r as Record<string, string>)[q as string] = SUPPRESSED;
      suppressedValues += 1;
    }
  }
  const sizes = groupSizes(rows, qis);
  const kept = rows.filter((r) => sizes.get(keyOf(r, qis))! >= k);
  return { rows: kept, suppressedValues, droppedRecords: rows.length - kept.length };
}
