import type { Insertable, Updateable } from 'kysely';
import type { AppDb } from '../db/kysely';
import type { StaysTable } from '../db/schema';
import { LIST_COLUMNS } from './residents';

/** Queries only; discharge and readmission rules live in the residents-stays service. */
export const staysRepo = {
  open: (db: AppDb, residentId: string) =>
    db.selectFrom('stays').selectAll().where('resident_id', '=', residentId).where('discharged_on', 'is', null).executeTakeFirst(),
  latest: (db: AppDb, residentId: string) =>
    db.selectFrom('stays').selectAll().where('resident_id', '=', residentId).orderBy('admitted_on', 'desc').limit(1).executeTakeFirst(),
  insert: (db: AppDb, row: Insertable<StaysTable>) => db.insertInto('stays').values(row).execute(),
  update: (db: AppDb, id: string, patch: Updateable<StaysTable>) => db.updateTable('stays').set(patch).where('id', '=', id).execute(),
  closeOpenBed: (db: AppDb, stayId: string, to: string, at: string, by: string) =>
    db
      .updateTable('bed_assignments')
      .set({ to_date: to, updated_at: at, updated_by: by })
      .where('stay_id', '=', stayId)
      .where('to_date', 'is', null)
      .execute(),
  openBedFrom: async (db: AppDb, stayId: string) =>
    (
      await db
        .selectFrom('bed_assignments')
        .select('from_date')
        .where('stay_id', '=', stayId)
        .where('to_date', 'is', null)
        .executeTakeFirst()
    )?.from_date,

  /** Open stays that began on or before `cutoff`, longest first. */
  openSince: (db: AppDb, cutoff: string) =>
    db
      .selectFrom('stays')
      .innerJoin('residents', 'residents.id', 'stays.resident_id')
      .select([...LIST_COLUMNS, 'stays.id as stay_id', 'stays.admitted_on as stay_admitted_on'])
      .where('stays.discharged_on', 'is', null)
      .where('stays.admitted_on', '<=', cutoff)
      .orderBy('stays.admitted_on')
      .limit(500)
      .execute(),
};
