import type { Insertable, Selectable, Updateable } from 'kysely';
import type { AppDb } from '../db/kysely';
import type { ReferralOutStatusesTable, ReferralsOutTable } from '../db/schema';

export type ReferralOutRow = Selectable<ReferralsOutTable>;
export type ReferralOutStatusRow = Selectable<ReferralOutStatusesTable> & { by_name: string | null };

/** Queries only; status rules and audit live in the residents-referrals-out service. */
export const referralsOutRepo = {
  listForResident: (db: AppDb, residentId: string) =>
    db
      .selectFrom('referrals_out')
      .selectAll()
      .where('resident_id', '=', residentId)
      .orderBy('referred_on', 'desc')
      .orderBy('id', 'desc')
      .execute(),
  byId: (db: AppDb, id: string) => db.selectFrom('referrals_out').selectAll().where('id', '=', id).executeTakeFirst(),
  /** Status lines of the given referrals, oldest first. */
  statuses: (db: AppDb, referralIds: string[]): Promise<ReferralOutStatusRow[]> =>
    referralIds.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom('referral_out_statuses')
          .leftJoin('users', 'users.id', 'referral_out_statuses.created_by')
          .selectAll('referral_out_statuses')
          .select('users.full_name as by_name')
          .where('referral_out_statuses.referral_id', 'in', referralIds)
          .orderBy('referral_out_statuses.created_at')
          .orderBy('referral_out_statuses.id')
          .execute(),
  insert: (db: AppDb, row: Insertable<ReferralsOutTable>) => db.insertInto('referrals_out').values(row).execute(),
  update: (db: AppDb, id: string, patch: Updateable<ReferralsOutTable>) =>
    db.updateTable('referrals_out').set(patch).where('id', '=', id).execute(),
  addStatus: (db: AppDb, row: Insertable<ReferralOutStatusesTable>) => db.insertInto('referral_out_statuses').values(row).execute(),
};
