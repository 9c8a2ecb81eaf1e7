import type { Insertable, Selectable, Updateable } from 'kysely';
import type { AppDb } from '../db/kysely';
import type { ConsentTargetsTable, PartnersTable } from '../db/schema';

export type PartnerRow = Selectable<PartnersTable>;
export type ConsentTargetRow = Selectable<ConsentTargetsTable> & { partner_name: string | null };

/** Queries only: the directory and consents' targets. Rules live in services/partners.ts and residents-consent.ts. */
export const partnersRepo = {
  list: (db: AppDb, includeRemoved: boolean) => {
    let q = db.selectFrom('partners').selectAll();
    if (!includeRemoved) q = q.where('removed_at', 'is', null);
    return q.orderBy('type').orderBy('name').execute();
  },
  byId: (db: AppDb, id: string) => db.selectFrom('partners').selectAll().where('id', '=', id).executeTakeFirst(),
  /** Current names of the given partners (removed ones included: a past record still names them). */
  names: async (db: AppDb, ids: string[]): Promise<Map<string, string>> => {
    if (!ids.length) return new Map();
    const rows = await db.selectFrom('partners').select(['id', 'name']).where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  },
  insert: (db: AppDb, row: Insertable<PartnersTable>) => db.insertInto('partners').values(row).execute(),
  update: (db: AppDb, id: string, patch: Updateable<PartnersTable>) => db.updateTable('partners').set(patch).where('id', '=', id).execute(),

  /** Targets of the given consents, with the partner's current name. */
  targetsOf: (db: AppDb, consentIds: string[]): Promise<ConsentTargetRow[]> =>
    consentIds.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom('consent_targets')
          .leftJoin('partners', 'partners.id', 'consent_targets.partner_id')
          .selectAll('consent_targets')
          .select('partners.name as partner_name')
          .where('consent_targets.consent_id', 'in', consentIds)
          .orderBy('consent_targets.id')
          .execute(),
  insertTarget: (db: AppDb, row: Insertable<ConsentTargetsTable>) => db.insertInto('consent_targets').values(row).execute(),

  /** Names typed before the directory that match no partner yet. */
  unresolved: (db: AppDb) =>
    db
      .selectFrom('consent_targets')
      .innerJoin('consents', 'consents.id', 'consent_targets.consent_id')
      .innerJoin('residents', 'residents.id', 'consents.resident_id')
      .select([
        'consent_targets.id as target_id',
        'consent_targets.consent_id',
        'consents.resident_id',
        'residents.code',
        'consent_targets.written_name',
      ])
      .where('consent_targets.partner_id', 'is', null)
      .where('consent_targets.partner_type', 'is', null)
      .where('consent_targets.written_name', 'is not', null)
      .orderBy('residents.code')
      .execute(),
  targetById: (db: AppDb, id: string) => db.selectFrom('consent_targets').selectAll().where('id', '=', id).executeTakeFirst(),
  resolveTarget: (db: AppDb, id: string, partnerId: string) =>
    db.updateTable('consent_targets').set({ partner_id: partnerId }).where('id', '=', id).execute(),
};
