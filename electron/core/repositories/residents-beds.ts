import type { Insertable } from 'kysely';
import type { AppDb } from '../db/kysely';
import type { BedAssignmentsTable, BedsTable, RoomsTable } from '../db/schema';

/** Queries only; the bed rules (no double booking, history on moves) live in the service. */
export const bedsRepo = {
  roomByName: (db: AppDb, name: string) => db.selectFrom('rooms').select('id').where('name', '=', name).executeTakeFirst(),
  roomById: (db: AppDb, id: string) => db.selectFrom('rooms').selectAll().where('id', '=', id).executeTakeFirst(),
  renameRoom: (db: AppDb, id: string, name: string, at: string, by: string) =>
    db.updateTable('rooms').set({ name, updated_at: at, updated_by: by }).where('id', '=', id).execute(),
  activeBedsOfRoom: (db: AppDb, roomId: string) =>
    db.selectFrom('beds').selectAll().where('room_id', '=', roomId).where('retired_at', 'is', null).orderBy('label').execute(),
  retiredBedsOfRoom: (db: AppDb, roomId: string) =>
    db.selectFrom('beds').selectAll().where('room_id', '=', roomId).where('retired_at', 'is not', null).execute(),
  reviveBed: (db: AppDb, id: string, at: string, by: string) =>
    db.updateTable('beds').set({ retired_at: null, updated_at: at, updated_by: by }).where('id', '=', id).execute(),
  retireBed: (db: AppDb, id: string, at: string, by: string) =>
    db.updateTable('beds').set({ retired_at: at, updated_at: at, updated_by: by }).where('id', '=', id).execute(),
  /** Whether a resident sleeps in the bed now (an assignment with no end). */
  occupied: async (db: AppDb, bedId: string) =>
    (await db.selectFrom('bed_assignments').select('id').where('bed_id', '=', bedId).where('to_date', 'is', null).executeTakeFirst()) !==
    undefined,
  insertRoom: (db: AppDb, row: Insertable<RoomsTable>) => db.insertInto('rooms').values(row).execute(),
  insertBeds: (db: AppDb, rows: Insertable<BedsTable>[]) => db.insertInto('beds').values(rows).execute(),
  activeBed: (db: AppDb, id: string) =>
    db.selectFrom('beds').selectAll().where('id', '=', id).where('retired_at', 'is', null).executeTakeFirst(),

  openStay: (db: AppDb, residentId: string) =>
    db.selectFrom('stays').selectAll().where('resident_id', '=', residentId).where('discharged_on', 'is', null).executeTakeFirst(),
  openAssignmentOfStay: (db: AppDb, stayId: string) =>
    db.selectFrom('bed_assignments').selectAll().where('stay_id', '=', stayId).where('to_date', 'is', null).executeTakeFirst(),

  /** Another stay's assignment on this bed still running on or after `from`. */
  clash: (db: AppDb, bedId: string, from: string, exceptStayId: string) =>
    db
      .selectFrom('bed_assignments')
      .select('id')
      .where('bed_id', '=', bedId)
      .where('stay_id', '!=', exceptStayId)
      .where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '>', from)]))
      .executeTakeFirst(),

  closeAssignment: (db: AppDb, id: string, to: string, at: string, by: string) =>
    db.updateTable('bed_assignments').set({ to_date: to, updated_at: at, updated_by: by }).where('id', '=', id).execute(),
  insertAssignment: (db: AppDb, row: Insertable<BedAssignmentsTable>) => db.insertInto('bed_assignments').values(row).execute(),

  board: (db: AppDb) =>
    db
      .selectFrom('beds')
      .innerJoin('rooms', 'rooms.id', 'beds.room_id')
      .leftJoin('bed_assignments as a', (j) => j.onRef('a.bed_id', '=', 'beds.id').on('a.to_date', 'is', null))
      .leftJoin('stays', 'stays.id', 'a.stay_id')
      .leftJoin('residents', 'residents.id', 'stays.resident_id')
      .select([
        'rooms.id as room_id',
        'rooms.name as room_name',
        'beds.id as bed_id',
        'beds.label as bed_label',
        'residents.id as resident_id',
        'residents.code',
        'residents.display_name',
        'residents.given_names',
        'residents.counsellor_id',
        'residents.social_worker_id',
        'a.from_date',
      ])
      .where('beds.retired_at', 'is', null)
      .orderBy('rooms.name')
      .orderBy('beds.label')
      .execute(),

  historyOf: (db: AppDb, residentId: string) =>
    db
      .selectFrom('bed_assignments as a')
      .innerJoin('stays', 'stays.id', 'a.stay_id')
      .innerJoin('beds', 'beds.id', 'a.bed_id')
      .innerJoin('rooms', 'rooms.id', 'beds.room_id')
      .select(['a.bed_id', 'rooms.name as room_name', 'beds.label as bed_label', 'a.from_date', 'a.to_date'])
      .where('stays.resident_id', '=', residentId)
      .orderBy('a.from_date', 'desc')
      .orderBy('a.created_at', 'desc')
      .execute(),
};
