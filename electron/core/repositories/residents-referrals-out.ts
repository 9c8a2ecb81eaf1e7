import type { Insertable, Selectable, Updateable } from 'kysely';
import type { AppDb } from '../db/kysely';
import type { ReferralOutStatusesTable, ReferralsOutTable } from '../db/schema';

export type ReferralOutRow = Selectable<ReferralsOutTable> & { override_by_name: string | null; partner_type: string | null };
export type ReferralOutStatusRow = Selectable<ReferralOutStatusesTable> & { by_name: string | null };

/** Referrals with the name of whoever recorded an override, and the directory's type of the partner. */
const withOverrider = (db: AppDb) =>
  db
    .selectFrom('referrals_out')
    .leftJoin('users', 'users.id', 'referrals_out.override_by')
    .leftJoin('partners', 'partners.id', 'referrals_out.partner_id')
    .selectAll('referrals_out')
    .select(['users.full_name as override_by_name', 'partners.type as partner_type']);

/** Queries only; status rules and audit live in the residents-referrals-out service. */
export const referralsOutRepo = {
  listForResident: (db: AppDb, residentId: string): Promise<ReferralOutRow[]> =>
    withOverrider(db)
      .where('referrals_out.resident_id', '=', residentId)
      .orderBy('referrals_out.referred_on', 'desc')
      .orderBy('referrals_out.id', 'desc')
      .execute(),
  byId: (db: AppDb, id: string): Promise<ReferralOutRow | undefined> =>
    withOverrider(db).where('referrals_out.id', '=', id).executeTakeFirst(),
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
