/* eslint-disable @typescript-eslint/no-explicit-any -- raw rows below the typed schema */
import { afterAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { TempDirs } from '../electron/core/testing/vault-fixture';
import { migrateTo, residentRow, runMigrationCase, tableNames, withDatabaseAt } from '../electron/core/testing/migration-harness';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

const at = '2026-01-01T08:00:00.000Z';

function consent(id: string, purpose: string, partners: string[]) {
  return {
    id,
    resident_id: 'r1',
    purpose,
    partners: JSON.stringify(partners),
    given_on: '2026-01-02',
    method: 'written',
    given_by: 'resident',
    created_at: at,
    updated_at: at,
  };
}

const targets = async (db: Kysely<any>) =>
  (
    await sql<{ consent_id: string; partner_id: string | null; written_name: string | null }>`
      SELECT consent_id, partner_id, written_name FROM consent_targets ORDER BY consent_id, id`.execute(db)
  ).rows;

describe('0007_partner_directory', () => {
  it('matches free-text partner names to the seeded directory where they agree, and keeps the others to resolve', () =>
    runMigrationCase(dirs, {
      migration: '0007_partner_directory',
      seed: async (db) => {
        await db.insertInto('residents').values(residentRow(1)).execute();
        await db
          .insertInto('consents')
          .values([
            consent('c1', 'sharing', ['iom  rwanda', 'ISANGE One-Stop Centre Kacyiru', 'Legal Aid Forum']),
            consent('c2', 'services', []),
          ])
          .execute();
        await db
          .insertInto('referrals_out')
          .values({
            id: 'ro1',
            resident_id: 'r1',
            organisation_type: 'health',
            organisation_name: 'CHUK',
            referred_on: '2026-01-03',
            status: 'planned',
            status_on: '2026-01-03',
            created_at: at,
            updated_at: at,
          })
          .execute();
        return {};
      },
      check: async (db) => {
        expect(await targets(db)).toEqual([
          { consent_id: 'c1', partner_id: 'partner-seed-iom', written_name: null },
          { consent_id: 'c1', partner_id: 'partner-seed-isange-kacyiru', written_name: null },
          { consent_id: 'c1', partner_id: null, written_name: 'Legal Aid Forum' },
        ]);
        const cats = await sql<{ id: string; categories: string }>`SELECT id, categories FROM consents ORDER BY id`.execute(db);
        // Given without a recorded limit: the old sharing consent covers every category; others none.
        expect(cats.rows.map((r) => [r.id, JSON.parse(r.categories).length])).toEqual([
          ['c1', 6],
          ['c2', 0],
        ]);
        const ro = await sql<any>`SELECT partner_id, categories, override_reason FROM referrals_out`.execute(db);
        expect(ro.rows).toEqual([{ partner_id: null, categories: '[]', override_reason: null }]);
        const partners = await sql<{ type: string }>`SELECT DISTINCT type FROM partners ORDER BY type`.execute(db);
        expect(partners.rows.map((r) => r.type)).toEqual(['health', 'iom', 'isange', 'legal_aid', 'local_authority', 'ngo', 'rib']);
      },
    }));

  it('rolls back to 0006, keeping consents and referrals as they were', () =>
    withDatabaseAt(dirs, '0007_partner_directory', async (db) => {
      await db.insertInto('residents').values(residentRow(1)).execute();
      await db
        .insertInto('consents')
        .values(consent('c1', 'sharing', ['IOM Rwanda']))
        .execute();
      await migrateTo(db, '0006_resident_access');
      expect(await tableNames(db)).not.toContain('partners');
      expect(await tableNames(db)).not.toContain('consent_targets');
      const c = await sql<any>`SELECT * FROM consents`.execute(db);
      expect(c.rows[0]).toMatchObject({ id: 'c1', partners: '["IOM Rwanda"]' });
      expect(Object.keys(c.rows[0])).not.toContain('categories');
    }));
});
