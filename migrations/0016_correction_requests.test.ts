/* eslint-disable @typescript-eslint/no-explicit-any -- raw rows below the typed schema */
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { TempDirs } from '../electron/core/testing/vault-fixture';
import { migrateTo, residentRow, runMigrationCase, tableNames } from '../electron/core/testing/migration-harness';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

const at = '2026-01-01T08:00:00.000Z';

describe('0016_correction_requests', () => {
  it('adds correction requests beside existing residents, with their rules, and rolls back cleanly', () =>
    runMigrationCase(dirs, {
      migration: '0016_correction_requests',
      seed: async (db) => {
        await db.insertInto('residents').values(residentRow(1)).execute();
        return { before: await tableNames(db), residentId: residentRow(1).id as string };
      },
      check: async (db, seeded) => {
        expect((await sql<any>`SELECT count(*) AS n FROM residents`.execute(db)).rows[0].n).toBe(1);
        const row = (id: string, over: Record<string, unknown> = {}) => ({
          id,
          resident_id: seeded.residentId,
          received_on: '2026-01-05',
          request: 'My date of birth is wrong',
          created_at: at,
          updated_at: at,
          ...over,
        });
        await db.insertInto('correction_requests').values(row('c1')).execute();
        await db
          .insertInto('correction_requests')
          .values(row('c2', { outcome: 'corrected', answered_on: '2026-01-09', linked_seqs: '[4,7]' }))
          .execute();
        const fails = (r: Record<string, unknown>) =>
          db
            .insertInto('correction_requests')
            .values(r)
            .execute()
            .then(
              () => 'accepted',
              (e: Error) => e.message,
            );
        expect(await fails(row('c3', { outcome: 'corrected' }))).toMatch(/CHECK/);
        expect(await fails(row('c4', { outcome: 'maybe', answered_on: '2026-01-09' }))).toMatch(/CHECK/);
        expect(await fails(row('c5', { linked_seqs: 'nope' }))).toMatch(/CHECK/);
        expect(await fails(row('c6', { resident_id: 'nobody' }))).toMatch(/FOREIGN KEY/);
        const rows = await sql<any>`SELECT id, linked_seqs, outcome FROM correction_requests ORDER BY id`.execute(db);
        expect(rows.rows).toEqual([
          { id: 'c1', linked_seqs: '[]', outcome: null },
          { id: 'c2', linked_seqs: '[4,7]', outcome: 'corrected' },
        ]);
        await migrateTo(db, '0015_outreach_activities');
        expect(await tableNames(db)).toEqual(seeded.before);
      },
    }));
});
