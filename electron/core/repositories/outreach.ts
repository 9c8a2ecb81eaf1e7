import { PRESENT_STAFF_ROLES } from '../../../shared/domain/user';
import type { Insertable, Selectable } from 'kysely';
import type { AppDb } from '../db/kysely';
import type { OutreachActivitiesTable } from '../db/schema';
import type { OutreachFilter } from '../../../shared/domain/outreach';

export type OutreachRow = Selectable<OutreachActivitiesTable>;

/** Queries only, for the outreach and training log. */
export const outreachRepo = {
  insert: (db: AppDb, row: Insertable<OutreachActivitiesTable>) => db.insertInto('outreach_activities').values(row).execute(),

  list: (db: AppDb, f: OutreachFilter & { limit?: number }) => {
    let q = db
      .selectFrom('outreach_activities')
      .leftJoin('users', 'users.id', 'outreach_activities.created_by')
      .selectAll('outreach_activities')
      .select('users.full_name as created_by_name');
    if (f.from) q = q.where('held_on', '>=', f.from);
    if (f.to) q = q.where('held_on', '<=', f.to);
    if (f.type) q = q.where('type', '=', f.type);
    if (f.district) q = q.where('district', '=', f.district);
    return q
      .orderBy('held_on', 'desc')
      .orderBy('outreach_activities.id', 'desc')
      .limit(f.limit ?? 500)
      .execute();
  },

  partnerNames: (db: AppDb, ids: string[]) =>
    ids.length ? db.selectFrom('partners').select(['id', 'name']).where('id', 'in', ids).execute() : Promise.resolve([]),

  staffNames: (db: AppDb, ids: string[]) =>
    ids.length ? db.selectFrom('users').select(['id', 'full_name']).where('id', 'in', ids).execute() : Promise.resolve([]),

  activeStaff: (db: AppDb, ids: string[]) =>
    ids.length
      ? db
          .selectFrom('users')
          .select('id')
          .where('id', 'in', ids)
          .where('disabled_at', 'is', null)
          .where('role', 'in', PRESENT_STAFF_ROLES)
          .execute()
      : Promise.resolve([]),
};
