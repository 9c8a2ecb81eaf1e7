import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admissionSchema } from '../../../shared/domain/resident';
import { sql } from 'kysely';
import { admitBatch } from '../services/residents';
import { residentSets } from '../repositories/residents-list';
import type { Core } from '../core';
import { openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';

/**
 * Need-to-know search over match sets larger than the few hundred ordered in core: her
 * search reads her own residents and the others whose code or given names hold the words,
 * and must find exactly what the rule says whichever way a page is read (a sorted set,
 * the two relevance tiers, near spellings).
 */
const suite = useVaultTemplate({ staff: ['counsellor'], ownPasswords: true });

const OTHERS = 700;
const OWN = 30;
const UNASSIGNED_ALINE = 570;

let core: Core;
const own = new Set<string>();

const admission = (givenNames: string, familyName: string) =>
  admissionSchema.parse({ identity: { givenNames, familyName }, admittedOn: '2025-01-01' });

beforeAll(async () => {
  core = openCore(suite.fresh('access-search'));
  await signIn(core, suite.template.manager);
  const session = core.state.session!;
  // Others: "grace" in their given names, "muk" only in their family name.
  await admitBatch(
    session,
    Array.from({ length: OTHERS }, () => admission('Grace', 'Mukamana')),
  );
  // Hers and not hers: "muk" in the family name of both, not in the given names.
  const alines = await admitBatch(
    session,
    Array.from({ length: OWN + UNASSIGNED_ALINE }, () => admission('Aline', 'Umukundwa')),
  );
  for (const id of alines.slice(0, OWN)) {
    own.add(id);
    await core.call('residents.care.update', { residentId: id, counsellorId: suite.template.staff.counsellor!.id });
  }
  await core.lock('manual');
  await signIn(core, suite.template.staff.counsellor!);
}, 120_000);
afterAll(() => core.close());

/** Every page of a search, in order. */
async function everyPage(query: string, sort?: 'name' | 'relevance') {
  const items: Awaited<ReturnType<typeof core.call<'residents.search'>>>['items'] = [];
  let total = 0;
  let fuzzy = false;
  for (let offset = 0; offset === 0 || offset < total; offset += 200) {
    const page = await core.call('residents.search', { query, limit: 200, offset, ...(sort ? { sort } : {}) });
    total = page.total;
    fuzzy = page.fuzzy;
    items.push(...page.items);
  }
  return { total, fuzzy, items };
}

describe('need-to-know search over large match sets', () => {
  it('finds only her own residents by a family name that thousands share', async () => {
    for (const sort of ['relevance', 'name'] as const) {
      const found = await everyPage('muk', sort);
      expect(found.total).toBe(OWN);
      expect(new Set(found.items.map((i) => i.id))).toEqual(own);
      expect(found.items.every((i) => i.restricted === undefined && i.displayName === 'Aline Umukundwa')).toBe(true);
    }
  });

  it('finds every other resident by given name, restricted, each once and in name order, over several pages', async () => {
    for (const sort of ['relevance', 'name'] as const) {
      const found = await everyPage('grace', sort);
      expect(found.total).toBe(OTHERS);
      expect(new Set(found.items.map((i) => i.id)).size).toBe(OTHERS);
      expect(found.items.every((i) => i.restricted === true && i.displayName === 'Grace')).toBe(true);
      const codes = found.items.map((i) => i.code);
      expect(codes).toEqual([...codes].sort());
    }
  });

  it('puts her own and others together when the words match both: hers by anything, others by given names', async () => {
    const found = await everyPage('aline');
    expect(found.total).toBe(OWN + UNASSIGNED_ALINE);
    expect(
      found.items
        .filter((i) => i.restricted === undefined)
        .map((i) => i.id)
        .sort(),
    ).toEqual([...own].sort());
    // A family name that is not shown cannot narrow the others: only hers hold both words.
    const both = await everyPage('aline umukundwa');
    expect(new Set(both.items.map((i) => i.id))).toEqual(own);
  });

  it('finds no one by words only a hidden field holds, even by near spelling', async () => {
    expect((await everyPage('grace mukamana')).total).toBe(0);
    const near = await everyPage('aline umukundwaa');
    expect(near.fuzzy).toBe(true);
    expect(new Set(near.items.map((i) => i.id))).toEqual(own);
  });
});

describe('the index that chooses whom to test', () => {
  it('reads her residents by the staff indexes and others by the shown-text index, never the whole match set', async () => {
    const visible = { userId: suite.template.staff.counsellor!.id, brokenGlass: ['someone'], words: ['muk', 'al'], ownOnly: false };
    const set = residentSets.visibleIn(residentSets.containing(['muk']), visible);
    const plan = (await sql<{ detail: string }>`EXPLAIN QUERY PLAN SELECT count(*) FROM (${set.rows})`.execute(core.state.session!.db)).rows
      .map((r) => r.detail)
      .join('\n');
    expect(plan).toContain('residents_counsellor_sort_name');
    expect(plan).toContain('residents_social_worker_sort_name');
    expect(plan).toMatch(/resident_shown_search VIRTUAL TABLE/);
    expect(plan).not.toMatch(/\bresident_search\b/);
    expect(plan).not.toMatch(/SCAN residents/);
    const ownOnly = residentSets.visibleIn(residentSets.containing(['muk']), { ...visible, ownOnly: true });
    expect(String(ownOnly.rows.compile(core.state.session!.db).sql)).not.toContain('resident_shown_search');
  });
});
