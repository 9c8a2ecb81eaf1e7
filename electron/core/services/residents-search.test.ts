import { beforeAll, describe, expect, it } from 'vitest';
import { admissionSchema, type AdmissionInput } from '../../../shared/domain/resident';
import { admitBatch } from './residents';
import type { Core } from '../core';
import { openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';

const suite = useVaultTemplate({});
let core: Core;

const person = (
  givenNames: string,
  familyName: string,
  admittedOn: string,
  extra: Partial<AdmissionInput['identity']> = {},
): AdmissionInput => ({
  identity: { givenNames, familyName, ...extra },
  admittedOn,
});

const PEOPLE: AdmissionInput[] = [
  person('Aline', 'Uwimana', '2025-01-05', { dateOfBirth: '2003-02-01', phone: '+250 788 111 222' }),
  person('Grace', 'Mukamana', '2025-02-10', { estimatedAgeYears: 19 }),
  person('Hélène', 'Niyonsaba', '2024-07-20', {
    otherNames: ['Mama Ineza'],
    idDocument: { type: 'national_id', number: '1199870012345678' },
  }),
  person('Divine', 'Uwase', '2025-03-15'),
  person('Josiane', 'Nyiramana', '2024-11-30'),
  person('Amani', 'Wanjiru', '2025-04-01', { sex: 'female' }),
  person('Esperance', 'Mukandayisenga', '2023-09-09'),
  person('Claudine', 'Uwimana', '2025-05-05', { estimatedAgeYears: 40 }),
];

beforeAll(async () => {
  core = openCore(suite.fresh('search'));
  await signIn(core, suite.template.manager);
  for (const p of PEOPLE) await core.call('residents.admit', p);
});

const names = async (query: string, extra: Record<string, unknown> = {}) => {
  const r = await core.call('residents.search', { query, ...extra });
  return { names: r.items.map((i) => i.displayName), fuzzy: r.fuzzy, total: r.total };
};

describe('residents.search', () => {
  it('lists everyone without a query, sorted by family name, with paging', async () => {
    const all = await names('');
    expect(all.total).toBe(PEOPLE.length);
    expect(all.names.slice(0, 3)).toEqual(['Grace Mukamana', 'Esperance Mukandayisenga', 'Hélène Niyonsaba']);
    const page = await names('', { limit: 3, offset: 3 });
    expect(page.names).toEqual(all.names.slice(3, 6));
    expect(page.total).toBe(PEOPLE.length);
  });

  it('finds nobody for a query with no letters or digits, instead of listing everyone', async () => {
    for (const query of ['🌸', '...', '  ?! ', '—']) expect((await names(query)).total, query).toBe(0);
    expect((await names('🌸 grace')).names).toEqual(['Grace Mukamana']);
  });

  it('sorts by code and by admission date, both directions', async () => {
    const byCode = await core.call('residents.search', { sort: 'code' });
    expect(byCode.items.map((i) => i.code)).toEqual([...byCode.items.map((i) => i.code)].sort());
    const byDate = await core.call('residents.search', { sort: 'admittedOn', direction: 'desc' });
    expect(byDate.items[0]!.admittedOn).toBe('2025-05-05');
    expect(byDate.items.at(-1)!.admittedOn).toBe('2023-09-09');
  });

  it('finds whole names, prefixes and the middle of a name, case-insensitively', async () => {
    expect((await names('Uwimana')).names).toEqual(['Aline Uwimana', 'Claudine Uwimana']);
    expect((await names('uwi')).names).toEqual(['Aline Uwimana', 'Claudine Uwimana']);
    expect((await names('ALINE uwim')).names).toEqual(['Aline Uwimana']);
    expect((await names('dayise')).names).toEqual(['Esperance Mukandayisenga']);
  });

  it('puts names that start with the typed text first', async () => {
    // "mana" starts no name word here but ends several; "uwa" starts Uwase only.
    const r = await names('mana');
    expect(r.names).toEqual(expect.arrayContaining(['Grace Mukamana', 'Josiane Nyiramana', 'Aline Uwimana']));
    expect((await names('uwa')).names).toEqual(['Divine Uwase']);
  });

  it('ignores accents in either direction', async () => {
    expect((await names('helene')).names).toEqual(['Hélène Niyonsaba']);
    expect((await names('HÉLÈNE')).names).toEqual(['Hélène Niyonsaba']);
    expect((await names('espérance')).names).toEqual(['Esperance Mukandayisenga']);
  });

  it('finds by alias, code, phone in any format, and ID number', async () => {
    expect((await names('ineza')).names).toEqual(['Hélène Niyonsaba']);
    const helene = (await core.call('residents.search', { query: 'helene' })).items[0]!;
    expect((await names(helene.code)).names).toEqual(['Hélène Niyonsaba']);
    expect((await names(helene.code.toLowerCase().slice(4))).names).toEqual(['Hélène Niyonsaba']);
    expect((await names('0788111222')).names).toEqual(['Aline Uwimana']);
    expect((await names('788 111')).names).toEqual(['Aline Uwimana']);
    expect((await names('1199870012345678')).names).toEqual(['Hélène Niyonsaba']);
  });

  it('matches one or two letters against the start of the family name', async () => {
    expect((await names('mu')).names).toEqual(['Grace Mukamana', 'Esperance Mukandayisenga']);
  });

  it('falls back to near spellings when nothing matches as typed', async () => {
    expect(await names('Uwimanna')).toEqual({ names: ['Aline Uwimana', 'Claudine Uwimana'], fuzzy: true, total: 2 });
    expect(await names('Mukamama')).toEqual({ names: ['Grace Mukamana'], fuzzy: true, total: 1 });
    expect((await names('Nyiramanna Josianne')).names).toEqual(['Josiane Nyiramana']);
    expect((await names('Niyonsaab')).names).toEqual(['Hélène Niyonsaba']);
    // A slip in the middle of a short name shares no trigram with it.
    expect((await names('Grece')).names).toEqual(['Grace Mukamana']);
    expect((await names('Alane Uwimana')).names).toEqual(['Aline Uwimana']);
    expect(await names('Zzyzx')).toEqual({ names: [], fuzzy: false, total: 0 });
  });

  it('pages near-spelling results like any others', async () => {
    const first = await core.call('residents.search', { query: 'Uwimanna', limit: 1 });
    const second = await core.call('residents.search', { query: 'Uwimanna', limit: 1, offset: 1 });
    expect([first.total, first.fuzzy, second.total, second.fuzzy]).toEqual([2, true, 2, true]);
    expect([...first.items, ...second.items].map((i) => i.displayName)).toEqual(['Aline Uwimana', 'Claudine Uwimana']);
    const past = await core.call('residents.search', { query: 'Uwimanna', limit: 1, offset: 2 });
    expect([past.total, past.items.length]).toEqual([2, 0]);
  });

  it('sorts matches by a column when asked, both directions', async () => {
    const byDate = await core.call('residents.search', { query: 'uwi', sort: 'admittedOn', direction: 'desc' });
    expect(byDate.items.map((i) => i.admittedOn)).toEqual(['2025-05-05', '2025-01-05']);
    const byName = await core.call('residents.search', { query: 'mana', sort: 'name', direction: 'desc' });
    expect(byName.items.map((i) => i.displayName)).toEqual(['Claudine Uwimana', 'Aline Uwimana', 'Josiane Nyiramana', 'Grace Mukamana']);
  });

  it('filters by status', async () => {
    expect((await names('', { status: 'discharged' })).total).toBe(0);
    expect((await names('', { status: 'admitted' })).total).toBe(PEOPLE.length);
  });
});

describe('residents.possibleDuplicates', () => {
  const dupes = async (probe: Record<string, unknown>) =>
    (await core.call('residents.possibleDuplicates', probe)).map((d) => [d.resident.displayName, d.reasons.join(',')]);

  it('flags a similar name with a compatible age, spelling slips included', async () => {
    // No age typed: the name alone is what is similar, and the warning says only that.
    expect(await dupes({ givenNames: 'Aline', familyName: 'Uwimana' })).toEqual([['Aline Uwimana', 'similar_name']]);
    expect(await dupes({ givenNames: 'Alline', familyName: 'Uwimanna', estimatedAgeYears: new Date().getUTCFullYear() - 2003 })).toEqual([
      ['Aline Uwimana', 'similar_name_and_age'],
    ]);
    expect(await dupes({ givenNames: 'Grace', familyName: 'Mukamama', dateOfBirth: '2006-01-01' })).toEqual([
      ['Grace Mukamana', 'similar_name_and_age'],
    ]);
  });

  it('does not flag the same family name alone, or an incompatible age', async () => {
    expect(await dupes({ givenNames: 'Sandrine', familyName: 'Uwimana' })).toEqual([]);
    expect(await dupes({ givenNames: 'Aline', familyName: 'Uwimana', dateOfBirth: '1980-01-01' })).toEqual([]);
  });

  it('flags the same phone or ID number whatever the name', async () => {
    expect(await dupes({ givenNames: 'Someone', phone: '0788-111-222' })).toEqual([['Aline Uwimana', 'same_phone']]);
    expect(await dupes({ idNumber: '1 1998 7 0012345 6 78' })).toEqual([['Hélène Niyonsaba', 'same_id_number']]);
  });

  it('matches an alias alone, and leaves out the resident being edited', async () => {
    expect(await dupes({ otherNames: ['Mama Ineza'] })).toEqual([['Hélène Niyonsaba', 'similar_name']]);
    const helene = (await core.call('residents.search', { query: 'helene' })).items[0]!;
    expect(await dupes({ otherNames: ['Mama Ineza'], excludeId: helene.id })).toEqual([]);
  });
});

describe('relevance with many matches', () => {
  it('still puts word-start matches first when the single-pass ranking takes over', async () => {
    const big = openCore(suite.fresh('broad'));
    await signIn(big, suite.template.manager);
    const session = big.state.session!;
    const batch = Array.from({ length: 3100 }, (_, i) =>
      admissionSchema.parse(person(`Given${String.fromCharCode(97 + (i % 26))}`, i % 3 === 0 ? 'Umukundwa' : 'Mukamana', '2025-01-01')),
    );
    await admitBatch(session, batch);
    const first = await big.call('residents.search', { query: 'muk', limit: 200 });
    expect(first.total).toBe(3100);
    expect(first.items.every((r) => r.displayName.endsWith('Mukamana'))).toBe(true);
    const boundary = await big.call('residents.search', { query: 'muk', limit: 100, offset: 2016 });
    expect(boundary.items.slice(0, 50).every((r) => r.displayName.endsWith('Mukamana'))).toBe(true);
    expect(boundary.items.slice(50).every((r) => r.displayName.endsWith('Umukundwa'))).toBe(true);
    // 3,100 names contain "muk", 2,066 start with it; with a given name too, few enough for the two-tier path.
    const few = await big.call('residents.search', { query: 'muk givena', limit: 200 });
    expect(few.total).toBe(120);
    expect(few.items.slice(0, 80).every((r) => r.displayName.endsWith('Mukamana'))).toBe(true);
    expect(few.items.slice(80).every((r) => r.displayName.endsWith('Umukundwa'))).toBe(true);

    // Paging through the whole set, whichever way each page is read (merged index ranges
    // near the start, a sort further on), gives every resident once, in one order.
    const seen: { id: string; name: string; code: string }[] = [];
    for (let offset = 0; offset < 3100; offset += 200) {
      const page = await big.call('residents.search', { query: 'muk', limit: 200, offset });
      expect(page.total).toBe(3100);
      seen.push(...page.items.map((r) => ({ id: r.id, name: r.displayName, code: r.code })));
    }
    expect(new Set(seen.map((r) => r.id)).size).toBe(3100);
    const tier = (name: string) => (name.endsWith('Mukamana') ? 0 : 1);
    const sortKey = (r: { name: string; code: string }) =>
      `${tier(r.name)} ${r.name.split(' ').reverse().join(' ').toLowerCase()} ${r.code}`;
    expect(seen.map(sortKey)).toEqual(seen.map(sortKey).sort());
  });
});
