/* eslint-disable @typescript-eslint/no-explicit-any -- raw rows below the typed schema */
import type { Kysely } from 'kysely';
import { residentRow } from '../electron/core/testing/migration-harness';

export const at = '2026-01-01T08:00:00.000Z';

/** A counsellor and one resident, as every migration since 0003 accepts them. */
export async function seedCounsellorAndResident(db: Kysely<any>): Promise<void> {
  await db
    .insertInto('users')
    .values({ id: 'u1', username: 'counsellor.one', full_name: 'Counsellor One', role: 'counsellor', created_at: at, updated_at: at })
    .execute();
  await db
    .insertInto('residents')
    .values(residentRow(1, { created_by: 'u1', updated_by: 'u1' }))
    .execute();
}
