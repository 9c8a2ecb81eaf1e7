import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_FILE } from '../paths';
import { buildTemplate, copyVault, expectError, openCore, signIn, TempDirs, TestClock, type VaultTemplate } from '../testing/vault-fixture';
import { dataKeyOf } from '../testing/raw-db';
import { decryptedPages } from '../testing/decrypted-pages';

/** Retention of closed cases: a manager's periods, the review list, and pseudonymisation as the one step that removes anything. */
const RUN = randomBytes(4).toString('hex').toUpperCase();
const GIVEN = `Rt${RUN}Given`;
const PHONE_NOTE = `Rt${RUN}Health`;
const DAY = 86_400_000;

const dirs = new TempDirs();
let template: VaultTemplate;
let dek: Buffer;
beforeAll(async () => {
  template = await buildTemplate(dirs);
  dek = await dataKeyOf(template.dir, template.recoveryKey);
}, 120_000);
afterAll(() => {
  dek?.fill(0);
  return dirs.cleanup();
});

describe('retention', () => {
  it('refuses zero, lists cases past their period, removes nothing until pseudonymised', async () => {
    const dataDir = copyVault(template.dir, dirs, 'retention');
    const clock = new TestClock(Date.parse('2026-03-01T09:00:00Z'));
    const core = openCore(dataDir, { now: clock.now });
    await signIn(core, template.manager);
    const day = (t: number) => new Date(t).toISOString().slice(0, 10);
    const admit = (givenNames: string, healthNotes?: string) =>
      core.call('residents.admit', {
        identity: { givenNames, familyName: 'Uwimana', estimatedAgeYears: 20, ...(healthNotes ? { healthNotes } : {}) },
        admittedOn: day(clock.t - 30 * DAY),
      });
    const her = await admit(GIVEN, PHONE_NOTE);
    const staying = await admit('Still');
    await core.call('residents.discharge', { residentId: her.id, dischargedOn: day(clock.t), destination: 'family' });

    expect(await core.call('retention.get', {})).toEqual({ defaultMonths: 60, byCategory: {} });
    const zero = await expectError(core, 'retention.save', { defaultMonths: 0, byCategory: {} });
    expect(zero.code).toBe('RETENTION_ZERO');
    const zeroCategory = await expectError(core, 'retention.save', { defaultMonths: 12, byCategory: { discharged: 0 } });
    expect(zeroCategory.code).toBe('RETENTION_ZERO');
    expect(zeroCategory.fields?.[0]?.path).toBe('byCategory.discharged');
    expect(await core.call('retention.get', {})).toEqual({ defaultMonths: 60, byCategory: {} });

    await core.call('retention.save', { defaultMonths: 60, byCategory: { discharged: 2 } });
    expect(await core.call('retention.review', {})).toEqual([]);
    clock.advance(70 * DAY);
    // A manager may need to sign in again after the clock moved; the idle lock is not what is tested.
    await signIn(core, template.manager).catch(() => undefined);
    const due = await core.call('retention.review', {});
    expect(due.map((c) => [c.residentId, c.category, c.closedOn, c.pseudonymised])).toEqual([
      [her.id, 'discharged', day(clock.t - 70 * DAY), false],
    ]);
    expect(due[0]!.keepUntil <= day(clock.t)).toBe(true);
    // Listing removed nothing.
    expect((await core.call('residents.get', { id: her.id })).identity.givenNames).toBe(GIVEN);
    expect(decryptedPages(join(dataDir, DB_FILE), dek).includes(Buffer.from(GIVEN))).toBe(true);

    await core.call('retention.pseudonymise', { residentId: her.id });
    const after = await core.call('residents.get', { id: her.id });
    expect(after.identity.givenNames).toBe(after.code);
    expect(after.identity.familyName ?? null).toBeNull();
    expect(after.identity.healthNotes ?? null).toBeNull();
    expect(after.displayName).toBe(after.code);
    expect((await core.call('retention.review', {}))[0]).toMatchObject({ residentId: her.id, pseudonymised: true });
    expect((await core.call('residents.search', { query: GIVEN.slice(0, 8) })).items).toEqual([]);
    const pages = decryptedPages(join(dataDir, DB_FILE), dek);
    expect(pages.includes(Buffer.from(GIVEN))).toBe(false);
    expect(pages.includes(Buffer.from(PHONE_NOTE))).toBe(false);
    // The resident still staying is untouched and never listed.
    expect((await core.call('residents.get', { id: staying.id })).identity.givenNames).toBe('Still');
    await core.close();
  }, 120_000);
});
