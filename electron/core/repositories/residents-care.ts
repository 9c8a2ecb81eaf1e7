import type { Insertable, Selectable, Updateable } from 'kysely';
import type { AppDb } from '../db/kysely';
import type { ConsentsTable, ResidentsTable, TraffickingProfilesTable } from '../db/schema';

export type ProfileRow = Selectable<TraffickingProfilesTable>;
export type ConsentRow = Selectable<ConsentsTable>;

/** Queries only for the profile, consents, assignment and History of a resident. */
export const residentCareRepo = {
  profileOf: (db: AppDb, residentId: string) =>
    db
      .selectFrom('trafficking_profiles')
      .leftJoin('users', 'users.id', 'trafficking_profiles.updated_by')
      .selectAll('trafficking_profiles')
      .select('users.full_name as updated_by_name')
      .where('trafficking_profiles.resident_id', '=', residentId)
      .executeTakeFirst(),

  async upsertProfile(db: AppDb, row: Insertable<TraffickingProfilesTable>): Promise<void> {
    const { resident_id: _id, created_at: _at, created_by: _by, ...update } = row;
    await db
      .insertInto('trafficking_profiles')
      .values(row)
      .onConflict((oc) => oc.column('resident_id').doUpdateSet(update))
      .execute();
  },

  consentsOf: (db: AppDb, residentId: string) =>
    db
      .selectFrom('consents')
      .leftJoin('users', 'users.id', 'consents.created_by')
      .selectAll('consents')
      .select('users.full_name as created_by_name')
      .where('consents.resident_id', '=', residentId)
      .orderBy('consents.given_on', 'desc')
      .orderBy('consents.created_at', 'desc')
      .orderBy('consents.id', 'desc')
      .execute(),

  consentsFor: (db: AppDb, residentId: string, purpose: string) =>
    db.selectFrom('consents').selectAll().where('resident_id', '=', residentId).where('purpose', '=', purpose).execute(),

  consentById: (db: AppDb, id: string) => db.selectFrom('consents').selectAll().where('id', '=', id).executeTakeFirst(),

  insertConsent: (db: AppDb, row: Insertable<ConsentsTable>) => db.insertInto('consents').values(row).execute(),

  updateConsent: (db: AppDb, id: string, patch: Updateable<ConsentsTable>) =>
    db.updateTable('consents').set(patch).where('id', '=', id).execute(),

  /** What the age rules of consent need from the resident row. */
  /**
   * Every consent row for a purpose with the age facts of its resident, for whole-shelter
   * checks: only the columns the in-force rule reads, all of them in the
   * consents_purpose_in_force index, so the rows come from it in resident order and never
   * from the table (at 100,000 residents this was most of the anonymised export's reading).
   */
  consentsWithAgeFor: (db: AppDb, purpose: string) =>
    db
      .selectFrom('consents')
      .innerJoin('residents', 'residents.id', 'consents.resident_id')
      .select([
        'consents.resident_id',
        'consents.decision',
        'consents.given_on',
        'consents.withdrawn_on',
        'consents.given_by',
        'consents.created_at',
      ])
      .select(['residents.date_of_birth', 'residents.estimated_age_years', 'residents.estimated_age_on'])
      .where('consents.purpose', '=', purpose)
      .execute(),

  ageFacts: (db: AppDb, residentId: string) =>
    db
      .selectFrom('residents')
      .select(['id', 'date_of_birth', 'estimated_age_years', 'estimated_age_on'])
      .where('id', '=', residentId)
      .executeTakeFirst(),

  careOf: (db: AppDb, residentId: string) =>
    db
      .selectFrom('residents')
      .leftJoin('users as sw', 'sw.id', 'residents.social_worker_id')
      .leftJoin('users as co', 'co.id', 'residents.counsellor_id')
      .select([
        'residents.id',
        'residents.social_worker_id',
        'residents.counsellor_id',
        'residents.risk_level',
        'sw.full_name as social_worker_name',
        'sw.disabled_at as social_worker_disabled_at',
        'sw.role as social_worker_role',
        'co.full_name as counsellor_name',
        'co.disabled_at as counsellor_disabled_at',
        'co.role as counsellor_role',
      ])
      .where('residents.id', '=', residentId)
      .executeTakeFirst(),

  updateCare: (
    db: AppDb,
    residentId: string,
    patch: Pick<Updateable<ResidentsTable>, 'social_worker_id' | 'counsellor_id' | 'risk_level' | 'updated_at' | 'updated_by'>,
  ) => db.updateTable('residents').set(patch).where('id', '=', residentId).execute(),

  activeStaffWithRoles: (db: AppDb, roles: readonly string[]) =>
    db
      .selectFrom('users')
      .select(['id', 'full_name', 'role'])
      .where('role', 'in', roles)
      .where('disabled_at', 'is', null)
      .orderBy('full_name')
      .orderBy('id')
      .execute(),

  /**
   * Audit entries about one resident, newest first. The audit_log_target index holds rowids
   * (= seq) in order within a target, so this walks the index backwards with no sort step.
   */
  historyQuery(db: AppDb, residentId: string, o: { limit: number; beforeSeq?: number; excludeActions: readonly string[] }) {
    let q = db
      .selectFrom('audit_log')
      .leftJoin('users', 'users.id', 'audit_log.actor_id')
      .select(['audit_log.seq', 'audit_log.at', 'audit_log.action', 'audit_log.details', 'users.full_name as actor_name'])
      .where('audit_log.target_type', '=', 'resident')
      .where('audit_log.target_id', '=', residentId)
      .orderBy('audit_log.seq', 'desc')
      .limit(o.limit);
    if (o.beforeSeq !== undefined) q = q.where('audit_log.seq', '<', o.beforeSeq);
    if (o.excludeActions.length > 0) q = q.where('audit_log.action', 'not in', o.excludeActions);
    return q;
  },
};
