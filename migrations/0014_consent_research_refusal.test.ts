/* eslint-disable @typescript-eslint/no-explicit-any -- raw rows below the typed schema */
import { afterAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { TempDirs } from '../electron/core/testing/vault-fixture';
import { migrateTo, residentRow, runMigrationCase, withDatabaseAt } from '../electron/core/testing/migration-harness';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

const at = '2026-01-01T08:00:00.000Z';

function consent(id: string, purpose: string, over: Record<string, unknown> = {}) {
  return {
    id,
    resident_id: 'r1',
    purpose,
    partners: '[]',
    categories: '[]',
    given_on: '2026-01-02',
    method: 'written',
    given_by: 'resident',
    created_at: at,
    updated_at: at,
    ...over,
  };
}

const rows = async (db: Kysely<any>) =>
  (await sql<any>`SELECT id, purpose, decision, partners, categories, withdrawn_on FROM consents ORDER BY id`.execute(db)).rows;

const fails = (p: Promise<unknown>) =>
  p.then(
    () => 'accepted',
    (e: Error) => e.message,
  );

describe('0014_consent_research_refusal', () => {
  it('keeps every consent as given, with its partner targets, and accepts research consents and refusals', () =>
    runMigrationCase(dirs, {
      migration: '0014_consent_research_refusal',
      seed: async (db) => {
        await db.insertInto('residents').values(residentRow(1)).execute();
        await db
          .insertInto('consents')
          .values([
            consent('c1', 'sharing', { partners: '["IOM Rwanda"]', categories: '["identity"]' }),
            consent('c2', 'services', { withdrawn_on: '2026-01-05', withdrawal_reason: 'asked' }),
            consent('c3', 'follow_up_contact'),
          ])
          .execute();
        await db
          .insertInto('consent_targets')
          .values({ id: 't1', consent_id: 'c1', partner_id: 'partner-seed-iom', partner_type: null, written_name: null })
          .execute();
        return {};
      },
      check: async (db) => {
        expect(await rows(db)).toEqual([
          { id: 'c1', purpose: 'sharing', decision: 'given', partners: '["IOM Rwanda"]', categories: '["identity"]', withdrawn_on: null },
          { id: 'c2', purpose: 'services', decision: 'given', partners: '[]', categories: '[]', withdrawn_on: '2026-01-05' },
          { id: 'c3', purpose: 'follow_up_contact', decision: 'given', partners: '[]', categories: '[]', withdrawn_on: null },
        ]);
        // The targets still point at their consent, and the foreign key still holds.
        expect((await sql<any>`PRAGMA foreign_key_check`.execute(db)).rows).toEqual([]);
        expect(await fails(db.insertInto('consent_targets').values({ id: 't2', consent_id: 'nope' }).execute())).toMatch(/FOREIGN KEY/);
        await db.insertInto('consents').values(consent('c4', 'research')).execute();
        await db
          .insertInto('consents')
          .values(consent('c5', 'research', { decision: 'refused' }))
          .execute();
        expect(await fails(db.insertInto('consents').values(consent('c6', 'marketing')).execute())).toMatch(/CHECK/);
        expect(
          await fails(
            db
              .insertInto('consents')
              .values(consent('c7', 'services', { decision: 'maybe' }))
              .execute(),
          ),
        ).toMatch(/CHECK/);
        // A refusal is of the whole purpose, and is not withdrawn (consent given later replaces it).
        expect(
          await fails(
            db
              .insertInto('consents')
              .values(consent('c8', 'sharing', { decision: 'refused', partners: '["IOM Rwanda"]' }))
              .execute(),
          ),
        ).toMatch(/CHECK/);
        expect(
          await fails(
            db
              .insertInto('consents')
              .values(consent('c9', 'services', { decision: 'refused', withdrawn_on: '2026-01-03' }))
              .execute(),
          ),
        ).toMatch(/CHECK/);
        const idx =
          await sql<any>`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'consents' AND sql IS NOT NULL`.execute(db);
        expect(idx.rows.map((r: any) => r.name)).toEqual(['consents_resident_purpose']);
        // Deleting a resident still removes her consents.
        await db.deleteFrom('consent_targets').execute();
        await db.deleteFrom('residents').where('id', '=', 'r1').execute();
        expect(await rows(db)).toEqual([]);
      },
    }));

  it('rolls back to the previous schema, keeping the consents given for the older purposes', () =>
    withDatabaseAt(dirs, '0014_consent_research_refusal', async (db) => {
      await db.insertInto('residents').values(residentRow(1)).execute();
      await db
        .insertInto('consents')
        .values([
          consent('c1', 'services', { decision: 'given' }),
          consent('c2', 'research', { decision: 'given' }),
          consent('c3', 'sharing', { decision: 'refused' }),
        ])
        .execute();
      await migrateTo(db, '0013_reintegration');
      expect((await sql<any>`SELECT id FROM consents`.execute(db)).rows).toEqual([{ id: 'c1' }]);
      expect(await fails(db.insertInto('consents').values(consent('c4', 'research')).execute())).toMatch(/CHECK/);
      // Character for character what the older migrations made: schema pinning compares the text.
      const text = async (d: Kysely<any>) => (await sql<any>`SELECT sql FROM sqlite_schema WHERE name = 'consents'`.execute(d)).rows[0].sql;
      await withDatabaseAt(dirs, '0013_reintegration', async (older) => expect(await text(db)).toBe(await text(older)));
    }));
});
