import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUPPRESSED, suppressToK } from './k-anonymity';

const QIS = ['gender', 'age', 'citizenship', 'country'] as const;
type Row = Record<(typeof QIS)[number] | 'flag', string> & { at?: string };

/** Small value domains, so groups of every size occur, including values that look like the marker. */
const rowArb: fc.Arbitrary<Row> = fc.record({
  gender: fc.constantFrom('Female', 'Male', 'Unknown'),
  age: fc.constantFrom('9-17', '18-20', '21-23', '30-38', SUPPRESSED),
  citizenship: fc.constantFrom('RW', 'UG', 'BI', 'CD', 'KE'),
  country: fc.constantFrom('AE', 'SA', 'KE', 'RW', 'OM', 'UG'),
  flag: fc.constantFrom('0', '1'),
});

const combos = (rows: Row[]) => {
  const m = new Map<string, number>();
  for (const r of rows) m.set(QIS.map((q) => r[q]).join('|'), (m.get(QIS.map((q) => r[q]).join('|')) ?? 0) + 1);
  return m;
};

/** The algorithm as first written, every row keyed and copied on every pass: the reference the faster one must match. */
function suppressReference(input: readonly Row[], qis: readonly (keyof Row)[], k: number) {
  const keyOf = (r: Row) => JSON.stringify(qis.map((q) => r[q]));
  const sizesOf = (rows: Row[]) => {
    const m = new Map<string, number>();
    for (const r of rows) m.set(keyOf(r), (m.get(keyOf(r)) ?? 0) + 1);
    return m;
  };
  const rows = input.map((r) => ({ ...r }));
  let suppressedValues = 0;
  for (const q of qis) {
    const sizes = sizesOf(rows);
    for (const r of rows) {
      if (sizes.get(keyOf(r))! >= k || r[q] === SUPPRESSED) continue;
      r[q] = SUPPRESSED;
      suppressedValues += 1;
    }
  }
  const sizes = sizesOf(rows);
  const kept = rows.filter((r) => sizes.get(keyOf(r))! >= k);
  return { rows: kept, suppressedValues, droppedRecords: rows.length - kept.length };
}

describe('suppression to k-anonymity', () => {
  it('gives what the reference gives, row for row, and never changes its input', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 300 }), fc.integer({ min: 1, max: 25 }), (rows, k) => {
        const input = rows.map((r, i) => ({ ...r, at: String(i) }));
        const before = structuredClone(input);
        expect(suppressToK(input, QIS, k)).toEqual(suppressReference(input, QIS, k));
        expect(input).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves no combination of quasi-identifiers shared by fewer than k, and counts what it suppressed exactly', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 300 }), fc.integer({ min: 5, max: 25 }), (rows, k) => {
        const input = rows.map((r, i) => ({ ...r, at: String(i) }));
        const out = suppressToK(input, QIS, k);
        for (const n of combos(out.rows).values()) expect(n).toBeGreaterThanOrEqual(k);
        // Counted right: the rows kept plus those dropped are the input, and the suppressed cells are the changed ones.
        expect(out.rows.length + out.droppedRecords).toBe(input.length);
        // Rows carry their input position: a kept row's changed cells, plus every value a
        // left-out row had (it ends fully suppressed: its group was below k at every step).
        const keptAt = new Set(out.rows.map((r) => Number(r.at)));
        let cells = 0;
        for (const r of out.rows) for (const q of QIS) if (r[q] !== input[Number(r.at)]![q]) cells += 1;
        input.forEach((r, i) => {
          if (!keptAt.has(i)) cells += QIS.filter((q) => r[q] !== SUPPRESSED).length;
        });
        expect(out.suppressedValues).toBe(cells);
        for (const r of out.rows) for (const q of QIS) expect([input[Number(r.at)]![q], SUPPRESSED]).toContain(r[q]);
        // Only quasi-identifiers are touched; other columns travel as they were.
        expect(out.rows.every((r) => r.flag === '0' || r.flag === '1')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('touches nothing when every group already has k people', () => {
    fc.assert(
      fc.property(rowArb, fc.integer({ min: 5, max: 20 }), (row, k) => {
        const input = Array.from({ length: k }, () => ({ ...row }));
        expect(suppressToK(input, QIS, k)).toEqual({ rows: input, suppressedValues: 0, droppedRecords: 0 });
      }),
    );
  });

  it('suppresses the most identifying value first, as worked out by hand', () => {
    const r = (gender: string, citizenship: string) => ({ gender, age: '18-20', citizenship, country: 'AE', flag: '1' });
    const input = [...Array.from({ length: 5 }, () => r('Female', 'RW')), r('Female', 'UG'), r('Female', 'BI'), r('Male', 'RW')];
    const out = suppressToK(input, ['citizenship', 'gender', 'age', 'country'] as const, 5);
    // The three odd ones lose their citizenship (3); still fewer than 5, then their gender (3),
    // their age band (3) and their country (3): a group of three, left out at the end.
    expect(out.suppressedValues).toBe(12);
    expect(out.droppedRecords).toBe(3);
    expect(out.rows).toHaveLength(5);
  });
});
