import type { AppDb } from '../db/kysely';

export const settingsRepo = {
  async all(db: AppDb): Promise<Record<string, unknown>> {
    const rows = await db.selectFrom('settings').select(['key', 'value']).execute();
    return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  },
  async put(db: AppDb, key: string, value: unknown, at: string, by: string | null): Promise<void> {
    await db
      .insertInto('settings')
      .values({ key, value: JSON.stringify(value), updated_at: at, updated_by: by })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value), updated_at: at, updated_by: by }))
      .execute();
  },
  async remove(db: AppDb, key: string): Promise<void> {
    await db.deleteFrom('settings').where('key', '=', key).execute();
  },
};

export const organisationRepo = {
  get: (db: AppDb) => db.selectFrom('organisation').selectAll().limit(1).executeTakeFirst(),
  insert: (db: AppDb, row: { id: string; name: string; site_code: string; created_at: string; updated_at: string }) =>
    db.insertInto('organisation').values(row).execute(),
  update: (db: AppDb, patch: { name?: string; site_code?: string; updated_at: string }) =>
    db.updateTable('organisation').set(patch).execute(),
};
