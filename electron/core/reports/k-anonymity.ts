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

function groupSizes(keys: readonly string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const k of keys) sizes.set(k, (sizes.get(k) ?? 0) + 1);
  return sizes;
}

/**
 * Local suppression to k-anonymity: while some people share their combination of
 * quasi-identifiers with fewer than k-1 others, their value of the next quasi-identifier
 * (most identifying first) is suppressed. Suppressing only ever merges groups, so people
 * already in a group of k stay untouched. Whoever is still in a group below k once every
 * quasi-identifier is suppressed is left out. Afterwards no combination occurs fewer than
 * k times, which the property test checks on random tables. The input is never changed: a
 * row with a suppressed value is a copy, a row left as it was is the input's own.
 */
export function suppressToK<R extends Record<string, string>>(input: readonly R[], qis: readonly (keyof R)[], k: number): Suppression<R> {
  if (!Number.isInteger(k) || k < 1) throw new Error('k must be a positive integer');
  // Each row's combination is worked out once and again only when one of its values is
  // suppressed, and a row is copied only then: at 100,000 people, keying and copying every
  // row on every pass was most of the export's time. A row's key during a pass is the one
  // its group was counted under, as before (only the row itself changes its key).
  const rows = [...input];
  const keys = rows.map((r) => keyOf(r, qis));
  const copied = new Set<number>();
  let suppressedValues = 0;
  for (const q of qis) {
    const sizes = groupSizes(keys);
    for (let i = 0; i < rows.length; i++) {
      if (sizes.get(keys[i]!)! >= k || rows[i]![q] === SUPPRESSED) continue;
      if (!copied.has(i)) {
        rows[i] = { ...rows[i]! };
        copied.add(i);
      }
      (rows[i] as Record<string, string>)[q as string] = SUPPRESSED;
      keys[i] = keyOf(rows[i]!, qis);
      suppressedValues += 1;
    }
  }
  const sizes = groupSizes(keys);
  const kept = rows.filter((_, i) => sizes.get(keys[i]!)! >= k);
  return { rows: kept, suppressedValues, droppedRecords: rows.length - kept.length };
}
