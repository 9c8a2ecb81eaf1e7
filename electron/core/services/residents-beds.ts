import { AppError } from '../../../shared/errors';
import {
  BED_VALIDATION,
  type BedAssign,
  type BedBoard,
  type BedHistoryEntry,
  type RoomCreate,
  type RoomEdit,
} from '../../../shared/domain/resident-beds';
import { seesInFull, type Viewer } from '../access/relation';
import { firstName } from '../access/redact';
import type { AppDb } from '../db/kysely';
import { appendAudit } from '../audit/audit-log';
import { nowIso, uuidv7 } from '../ids';
import { bedsRepo } from '../repositories/residents-beds';
import { refuseField } from './residents-records';
import type { Session } from '../session';

/** Rows for new beds of a room, in use from now. */
function newBeds(roomId: string, labels: string[], at: string, by: string) {
  return labels.map((label) => ({
    id: uuidv7(),
    room_id: roomId,
    label,
    retired_at: null,
    created_at: at,
    created_by: by,
    updated_at: at,
    updated_by: by,
  }));
}

export async function createRoom(session: Session, input: RoomCreate): Promise<BedBoard[number]> {
  if (await bedsRepo.roomByName(session.db, input.name)) refuseField('name', BED_VALIDATION.roomTaken);
  const at = nowIso();
  const by = session.user.id;
  const id = uuidv7();
  const beds = newBeds(id, input.beds, at, by);
  await session.db.transaction().execute(async (trx) => {
    await bedsRepo.insertRoom(trx, { id, name: input.name, created_at: at, created_by: by, updated_at: at, updated_by: by });
    await bedsRepo.insertBeds(trx, beds);
    await appendAudit(trx, { action: 'room.created', actorId: by, targetType: 'room', targetId: id, at, details: { beds: beds.length } });
  });
  return { id, name: input.name, beds: beds.map((b) => ({ id: b.id, label: b.label, occupant: null })) };
}

/**
 * Renames a room and adds or retires beds, all or nothing. A retired bed keeps its history (the
 * file still shows who slept there); a bed with a resident in it now is refused by name.
 */
export async function editRoom(session: Session, input: RoomEdit): Promise<BedBoard[number]> {
  const at = nowIso();
  const by = session.user.id;
  await session.db.transaction().execute(async (trx) => {
    const room = await bedsRepo.roomById(trx, input.roomId);
    if (!room) throw new AppError('NOT_FOUND', 'no such room');
    const other = await bedsRepo.roomByName(trx, input.name);
    if (other && other.id !== room.id) refuseField('name', BED_VALIDATION.roomTaken);
    const active = await bedsRepo.activeBedsOfRoom(trx, room.id);
    const removing = new Set(input.removeBedIds);
    if ([...removing].some((id) => !active.some((b) => b.id === id))) refuseField('removeBedIds', BED_VALIDATION.unknown);
    for (const id of removing) if (await bedsRepo.occupied(trx, id)) refuseField('removeBedIds', BED_VALIDATION.removeOccupied);
    const kept = active.filter((b) => !removing.has(b.id)).map((b) => b.label.toLowerCase());
    if (input.addBeds.some((l) => kept.includes(l.toLowerCase()))) refuseField('addBeds', BED_VALIDATION.duplicateBed);
    if (kept.length + input.addBeds.length === 0) refuseField('removeBedIds', BED_VALIDATION.lastBed);
    if (input.name !== room.name) await bedsRepo.renameRoom(trx, room.id, input.name, at, by);
    for (const id of removing) await bedsRepo.retireBed(trx, id, at, by);
    // A label used before in this room brings that bed back (its history with it) rather than a twin.
    const retired = await bedsRepo.retiredBedsOfRoom(trx, room.id);
    const fresh: string[] = [];
    for (const label of input.addBeds) {
      const before = retired.find((b) => b.label.toLowerCase() === label.toLowerCase());
      if (before) await bedsRepo.reviveBed(trx, before.id, at, by);
      else fresh.push(label);
    }
    if (fresh.length) await bedsRepo.insertBeds(trx, newBeds(room.id, fresh, at, by));
    await appendAudit(trx, {
      action: 'room.updated',
      actorId: by,
      targetType: 'room',
      targetId: room.id,
      at,
      details: { renamed: input.name !== room.name, added: input.addBeds.length, removed: removing.size },
    });
  });
  const board = await bedBoard(session.db);
  return board.find((r) => r.id === input.roomId)!;
}

/**
 * Puts the resident's open stay in a bed from a date, inside the caller's transaction.
 * A bed holds one stay at a time: any other stay's assignment still running on that date
 * is a conflict, including one entered later with an earlier date. The previous bed of the
 * same stay is closed on the move date, so the history shows both.
 */
export async function assignBedInTransaction(trx: AppDb, actorId: string, at: string, input: BedAssign): Promise<void> {
  const stay = await bedsRepo.openStay(trx, input.residentId);
  if (!stay) throw new AppError('NOT_FOUND', 'the resident has no open stay');
  if (!(await bedsRepo.activeBed(trx, input.bedId))) refuseField('bedId', BED_VALIDATION.unknown);
  const current = await bedsRepo.openAssignmentOfStay(trx, stay.id);
  if (current?.bed_id === input.bedId) return;
  if (input.from < stay.admitted_on || (current && input.from < current.from_date)) refuseField('from', BED_VALIDATION.beforeAdmission);
  if (await bedsRepo.clash(trx, input.bedId, input.from, stay.id)) refuseField('bedId', BED_VALIDATION.occupied);
  if (current) await bedsRepo.closeAssignment(trx, current.id, input.from, at, actorId);
  await bedsRepo.insertAssignment(trx, {
    id: uuidv7(),
    stay_id: stay.id,
    bed_id: input.bedId,
    from_date: input.from,
    to_date: null,
    created_at: at,
    created_by: actorId,
    updated_at: at,
    updated_by: actorId,
  });
  await appendAudit(trx, {
    action: 'resident.bed_assigned',
    actorId,
    targetType: 'resident',
    targetId: input.residentId,
    at,
    details: { bedId: input.bedId, moved: current !== undefined },
  });
}

export async function assignBed(session: Session, input: BedAssign): Promise<BedHistoryEntry[]> {
  await session.db.transaction().execute((trx) => assignBedInTransaction(trx, session.user.id, nowIso(), input));
  return bedHistory(session.db, input.residentId);
}

/** Every room and bed; a restricted viewer sees others' occupants by code and first name only. */
export async function bedBoard(db: AppDb, viewer: Viewer = { userId: '', restricted: null }): Promise<BedBoard> {
  const rooms = new Map<string, BedBoard[number]>();
  for (const r of await bedsRepo.board(db)) {
    const room = rooms.get(r.room_id) ?? { id: r.room_id, name: r.room_name, beds: [] };
    rooms.set(r.room_id, room);
    room.beds.push({
      id: r.bed_id,
      label: r.bed_label,
      occupant: r.resident_id ? occupant(viewer, r) : null,
    });
  }
  return [...rooms.values()];
}

function occupant(viewer: Viewer, r: Awaited<ReturnType<typeof bedsRepo.board>>[number]): BedBoard[number]['beds'][number]['occupant'] {
  const assigned = { id: r.resident_id!, counsellor_id: r.counsellor_id, social_worker_id: r.social_worker_id };
  const base = { residentId: r.resident_id!, code: r.code!, since: r.from_date! };
  return seesInFull(viewer, assigned)
    ? { ...base, displayName: r.display_name! }
    : { ...base, displayName: firstName(r.given_names), restricted: true };
}

export async function bedHistory(db: AppDb, residentId: string): Promise<BedHistoryEntry[]> {
  return (await bedsRepo.historyOf(db, residentId)).map((r) => ({
    bedId: r.bed_id,
    roomName: r.room_name,
    bedLabel: r.bed_label,
    from: r.from_date,
    to: r.to_date,
  }));
}
