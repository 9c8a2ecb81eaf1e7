import { AppError } from '../../../shared/errors';
import type { ResidentFile } from '../../../shared/domain/resident';
import { STAY_VALIDATION, type Discharge, type Readmission, type StayLimitEntry } from '../../../shared/domain/resident-stays';
import { seesInFull, type Viewer } from '../access/relation';
import type { AppDb } from '../db/kysely';
import { appendAudit } from '../audit/audit-log';
import { nowIso, uuidv7 } from '../ids';
import { residentsRepo } from '../repositories/residents';
import { staysRepo } from '../repositories/residents-stays';
import type { Session } from '../session';
import { assignBedInTransaction } from './residents-beds';
import { reintegrationOnReadmission } from './reintegration-closure';
import { readFile } from './residents';
import { readSettings } from './settings';
import { referralColumns, refuseField, todayIso, toListItem } from './residents-records';

/** How long before the stay limit a resident appears on the dashboard card. */
export const STAY_LIMIT_WARNING_DAYS = 30;

/**
 * Closes the open stay and its bed on the discharge date, inside the caller's
 * transaction; the file and its history stay.
 */
export async function dischargeInTransaction(trx: AppDb, actorId: string, at: string, input: Discharge): Promise<void> {
  const stay = await staysRepo.open(trx, input.residentId);
  if (!stay) {
    if (!(await residentsRepo.byId(trx, input.residentId))) throw new AppError('NOT_FOUND', 'no such resident');
    refuseField('residentId', STAY_VALIDATION.notOpen);
  }
  const bedFrom = await staysRepo.openBedFrom(trx, stay.id);
  if (input.dischargedOn < stay.admitted_on || (bedFrom && input.dischargedOn < bedFrom))
    refuseField('dischargedOn', STAY_VALIDATION.dischargeBeforeAdmission);
  await staysRepo.update(trx, stay.id, {
    discharged_on: input.dischargedOn,
    discharge_destination: input.destination,
    discharge_reason: input.reason ?? null,
    updated_at: at,
    updated_by: actorId,
  });
  await staysRepo.closeOpenBed(trx, stay.id, input.dischargedOn, at, actorId);
  await residentsRepo.update(trx, input.residentId, { status: 'discharged', updated_at: at, updated_by: actorId });
  await appendAudit(trx, {
    action: 'resident.discharged',
    actorId,
    targetType: 'resident',
    targetId: input.residentId,
    at,
    details: { destination: input.destination, reasonGiven: input.reason !== undefined },
  });
}

export async function dischargeResident(session: Session, input: Discharge): Promise<ResidentFile> {
  await session.db.transaction().execute((trx) => dischargeInTransaction(trx, session.user.id, nowIso(), input));
  return readFile(session.db, input.residentId);
}

/** A new stay for a returning resident: same code and file, earlier stays kept. */
export async function readmitResident(session: Session, input: Readmission): Promise<ResidentFile> {
  if (!(await residentsRepo.byId(session.db, input.residentId))) throw new AppError('NOT_FOUND', 'no such resident');
  if (await staysRepo.open(session.db, input.residentId)) refuseField('residentId', STAY_VALIDATION.alreadyOpen);
  const last = await staysRepo.latest(session.db, input.residentId);
  if (last?.discharged_on && input.admittedOn < last.discharged_on) refuseField('admittedOn', STAY_VALIDATION.readmitBeforeDischarge);
  const at = nowIso();
  const by = session.user.id;
  await session.db.transaction().execute(async (trx) => {
    const stayId = uuidv7();
    await staysRepo.insert(trx, {
      id: stayId,
      resident_id: input.residentId,
      admitted_on: input.admittedOn,
      discharged_on: null,
      created_at: at,
      created_by: by,
      updated_at: at,
      updated_by: by,
    });
    if (input.referral) {
      await residentsRepo.insertReferral(
        trx,
        referralColumns(input.referral, { id: uuidv7(), residentId: input.residentId, stayId }, at, by),
      );
    }
    await residentsRepo.update(trx, input.residentId, {
      status: 'admitted',
      admitted_on: input.admittedOn,
      updated_at: at,
      updated_by: by,
    });
    await appendAudit(trx, {
      action: 'resident.readmitted',
      actorId: by,
      targetType: 'resident',
      targetId: input.residentId,
      at,
      details: { referral: input.referral !== undefined },
    });
    await reintegrationOnReadmission(trx, input.residentId, at, by);
    if (input.bedId)
      await assignBedInTransaction(trx, by, at, { residentId: input.residentId, bedId: input.bedId, from: input.admittedOn });
  });
  return readFile(session.db, input.residentId);
}

function daysBefore(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Residents within STAY_LIMIT_WARNING_DAYS of the stay limit or past it, longest stay first. */
export async function stayLimitList(db: AppDb, viewer: Viewer = { userId: '', restricted: null }): Promise<StayLimitEntry[]> {
  const { stayLimitDays, timeZone } = await readSettings(db);
  const today = todayIso(timeZone);
  const rows = await staysRepo.openSince(db, daysBefore(today, stayLimitDays - STAY_LIMIT_WARNING_DAYS));
  // A dashboard card of her own residents: others' stay dates are not hers to see.
  return rows
    .filter((r) => seesInFull(viewer, r))
    .map((r) => {
      const days = daysBetween(r.stay_admitted_on, today);
      return {
        resident: toListItem(r, today),
        stayId: r.stay_id,
        admittedOn: r.stay_admitted_on,
        daysInShelter: days,
        limitDays: stayLimitDays,
        overLimit: days >= stayLimitDays,
      };
    });
}
