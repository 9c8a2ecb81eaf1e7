import { AppError } from '../../../shared/errors';
import type { ReferralOutOrganisationType, ReferralOutStatus } from '../../../shared/enums/referral-out';
import {
  REFERRAL_OUT_VALIDATION,
  type ReferralOut,
  type ReferralOutCreate,
  type ReferralOutUpdate,
} from '../../../shared/domain/resident-referrals-out';
import type { AppDb } from '../db/kysely';
import { appendAudit } from '../audit/audit-log';
import { nowIso, uuidv7 } from '../ids';
import { documentsRepo } from '../repositories/residents-documents';
import { referralsOutRepo, type ReferralOutRow, type ReferralOutStatusRow } from '../repositories/residents-referrals-out';
import type { Session } from '../session';
import { refuseField, todayIso } from './residents-records';
import { readSettings } from './settings';

/**
 * Referrals out to health, legal aid, RIB, Isange, schools and training. The current
 * status sits on the referral for lists; every status it has had is a row of its own,
 * so "sent on 3 March, accepted on 10 March" stays readable after later changes.
 * The audit log records which fields changed, never the reason or notes themselves.
 */

function toReferral(r: ReferralOutRow, statuses: ReferralOutStatusRow[]): ReferralOut {
  return {
    id: r.id,
    residentId: r.resident_id,
    organisationType: r.organisation_type as ReferralOutOrganisationType,
    organisationName: r.organisation_name,
    reason: r.reason,
    referredOn: r.referred_on,
    status: r.status as ReferralOutStatus,
    statusOn: r.status_on,
    notes: r.notes,
    history: statuses.map((s) => ({
      status: s.status as ReferralOutStatus,
      statusOn: s.status_on,
      note: s.note,
      at: s.created_at,
      byName: s.by_name,
    })),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

async function withHistory(db: AppDb, rows: ReferralOutRow[]): Promise<ReferralOut[]> {
  const statuses = await referralsOutRepo.statuses(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) =>
    toReferral(
      r,
      statuses.filter((s) => s.referral_id === r.id),
    ),
  );
}

async function readReferral(db: AppDb, id: string): Promise<ReferralOut> {
  const row = await referralsOutRepo.byId(db, id);
  if (!row) throw new AppError('NOT_FOUND', 'no such referral');
  return (await withHistory(db, [row]))[0]!;
}

export async function listReferralsOut(session: Session, residentId: string): Promise<ReferralOut[]> {
  if (!(await documentsRepo.residentExists(session.db, residentId))) throw new AppError('NOT_FOUND', 'no such resident');
  return withHistory(session.db, await referralsOutRepo.listForResident(session.db, residentId));
}

export async function createReferralOut(session: Session, input: ReferralOutCreate): Promise<ReferralOut> {
  if (!(await documentsRepo.residentExists(session.db, input.residentId))) throw new AppError('NOT_FOUND', 'no such resident');
  const id = uuidv7();
  const at = nowIso();
  const by = session.user.id;
  await session.db.transaction().execute(async (trx) => {
    await referralsOutRepo.insert(trx, {
      id,
      resident_id: input.residentId,
      organisation_type: input.organisationType,
      organisation_name: input.organisationName ?? null,
      reason: input.reason ?? null,
      referred_on: input.referredOn,
      status: input.status,
      status_on: input.referredOn,
      notes: input.notes ?? null,
      created_at: at,
      created_by: by,
      updated_at: at,
      updated_by: by,
    });
    await referralsOutRepo.addStatus(trx, {
      id: uuidv7(),
      referral_id: id,
      status: input.status,
      status_on: input.referredOn,
      note: null,
      created_at: at,
      created_by: by,
    });
    await appendAudit(trx, {
      action: 'resident.referral_out_created',
      actorId: by,
      targetType: 'resident',
      targetId: input.residentId,
      at,
      details: { referralId: id, organisationType: input.organisationType, status: input.status },
    });
  });
  return readReferral(session.db, id);
}

/** A new status (dated, kept as a history line) and/or corrected details. */
export async function updateReferralOut(session: Session, input: ReferralOutUpdate): Promise<ReferralOut> {
  const row = await referralsOutRepo.byId(session.db, input.id);
  if (!row) throw new AppError('NOT_FOUND', 'no such referral');
  const details = {
    ...(input.organisationName !== undefined && input.organisationName !== row.organisation_name
      ? { organisation_name: input.organisationName }
      : {}),
    ...(input.reason !== undefined && input.reason !== row.reason ? { reason: input.reason } : {}),
    ...(input.notes !== undefined && input.notes !== row.notes ? { notes: input.notes } : {}),
  };
  const statusChange = input.status !== undefined && (input.status !== row.status || input.statusOn !== undefined);
  let statusOn = row.status_on;
  if (statusChange) {
    statusOn = input.statusOn ?? todayIso((await readSettings(session.db)).timeZone);
    if (statusOn < row.referred_on) refuseField('statusOn', REFERRAL_OUT_VALIDATION.statusBeforeReferral);
    if (statusOn < row.status_on) refuseField('statusOn', REFERRAL_OUT_VALIDATION.statusBeforePrevious);
  }
  if (!statusChange && Object.keys(details).length === 0) return readReferral(session.db, row.id);

  const at = nowIso();
  const by = session.user.id;
  await session.db.transaction().execute(async (trx) => {
    await referralsOutRepo.update(trx, row.id, {
      ...details,
      ...(statusChange ? { status: input.status, status_on: statusOn } : {}),
      updated_at: at,
      updated_by: by,
    });
    if (statusChange)
      await referralsOutRepo.addStatus(trx, {
        id: uuidv7(),
        referral_id: row.id,
        status: input.status!,
        status_on: statusOn,
        note: input.statusNote ?? null,
        created_at: at,
        created_by: by,
      });
    await appendAudit(trx, {
      action: 'resident.referral_out_updated',
      actorId: by,
      targetType: 'resident',
      targetId: row.resident_id,
      at,
      details: {
        referralId: row.id,
        ...(statusChange ? { from: row.status, to: input.status } : {}),
        fields: Object.keys(details),
      },
    });
  });
  return readReferral(session.db, row.id);
}
