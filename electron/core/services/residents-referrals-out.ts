import { AppError } from '../../../shared/errors';
import { REFERRAL_OUT_CLOSED_STATUSES, type ReferralOutOrganisationType, type ReferralOutStatus } from '../../../shared/enums/referral-out';
import type { ConsentOverrideReason, SharingCategory } from '../../../shared/enums/sharing';
import {
  REFERRAL_OUT_VALIDATION,
  type ConsentOverride,
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
import { livePartner } from './partners';
import { hasConsent } from './residents-consent';
import { requireOverrideRight, requireSharingConsent } from '../access/consent-gate';

/**
 * Referrals out to health, legal aid, RIB, Isange, schools and training. The current
 * status sits on the referral for lists; every status it has had is a row of its own,
 * so "sent on 3 March, accepted on 10 March" stays readable after later changes.
 * The audit log records which fields changed, never the reason or notes themselves.
 */

type Standing = ReferralOut['consent'];

/**
 * The organisation_type column keeps the CHECK migration 0004 gave it (SQLite cannot widen
 * one without rebuilding a table other rows cascade from): kinds added with the directory
 * are stored there as `other`, and the partner row carries the real type.
 */
const TYPES_BEFORE_DIRECTORY: readonly string[] = ['health', 'legal_aid', 'rib', 'isange', 'education', 'vocational_training'];
const typeBeforeDirectory = (type: string) => (TYPES_BEFORE_DIRECTORY.includes(type) ? type : 'other');

function toReferral(r: ReferralOutRow, statuses: ReferralOutStatusRow[], consent: Standing): ReferralOut {
  return {
    id: r.id,
    residentId: r.resident_id,
    organisationType: (r.partner_type ?? r.organisation_type) as ReferralOutOrganisationType,
    organisationName: r.organisation_name,
    partnerId: r.partner_id,
    categories: JSON.parse(r.categories) as SharingCategory[],
    override: r.override_reason
      ? { reason: r.override_reason as ConsentOverrideReason, note: r.override_note, byName: r.override_by_name }
      : null,
    consent,
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

/**
 * Where an open referral stands with consent today: a withdrawal or expiry shows at once on
 * every referral still pending with that partner.
 */
async function standing(db: AppDb, r: ReferralOutRow): Promise<Standing> {
  if (REFERRAL_OUT_CLOSED_STATUSES.includes(r.status as ReferralOutStatus)) return null;
  if (r.override_reason) return 'override';
  if (!r.partner_id) return 'missing';
  const categories = JSON.parse(r.categories) as SharingCategory[];
  const partner = { id: r.partner_id, type: r.partner_type ?? r.organisation_type };
  return (await hasConsent(db, r.resident_id, 'sharing', { partner, categories })) ? 'consented' : 'missing';
}

async function withHistory(db: AppDb, rows: ReferralOutRow[]): Promise<ReferralOut[]> {
  const statuses = await referralsOutRepo.statuses(
    db,
    rows.map((r) => r.id),
  );
  const out: ReferralOut[] = [];
  for (const r of rows) {
    out.push(
      toReferral(
        r,
        statuses.filter((s) => s.referral_id === r.id),
        await standing(db, r),
      ),
    );
  }
  return out;
}

/**
 * The consent gate for data leaving with a referral: a sharing consent in force for this
 * partner and every category, or an override by someone entitled to record one.
 */
async function gate(
  session: Session,
  residentId: string,
  partner: { id: string; type: string } | null,
  categories: SharingCategory[],
  override: ConsentOverride | undefined,
): Promise<void> {
  if (override) return requireOverrideRight(session, residentId);
  if (!partner) {
    throw new AppError('CONSENT_REQUIRED', 'a referral made before the directory names no partner to check consent for', {
      fields: [{ path: 'consent', code: 'sharing', message: categories.join(',') }],
    });
  }
  await requireSharingConsent(session.db, residentId, partner, categories);
}

function overrideColumns(session: Session, override: ConsentOverride | undefined) {
  return override ? { override_reason: override.reason, override_note: override.note, override_by: session.user.id } : {};
}

async function auditOverride(trx: AppDb, session: Session, residentId: string, referralId: string, override: ConsentOverride, at: string) {
  await appendAudit(trx, {
    action: 'resident.consent_overridden',
    actorId: session.user.id,
    targetType: 'resident',
    targetId: residentId,
    at,
    // The reason's category is a fact about the decision; the note stays on the referral.
    details: { referralId, reason: override.reason },
  });
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
  const partner = await livePartner(session.db, input.partnerId);
  await gate(session, input.residentId, partner, input.categories, input.override);
  const id = uuidv7();
  const at = nowIso();
  const by = session.user.id;
  await session.db.transaction().execute(async (trx) => {
    await referralsOutRepo.insert(trx, {
      id,
      resident_id: input.residentId,
      organisation_type: typeBeforeDirectory(partner.type),
      organisation_name: partner.name,
      partner_id: partner.id,
      categories: JSON.stringify(input.categories),
      ...overrideColumns(session, input.override),
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
      details: {
        referralId: id,
        organisationType: partner.type,
        partnerId: partner.id,
        categories: input.categories,
        status: input.status,
      },
    });
    if (input.override) await auditOverride(trx, session, input.residentId, id, input.override, at);
  });
  return readReferral(session.db, id);
}

/** A new status (dated, kept as a history line) and/or corrected details. */
export async function updateReferralOut(session: Session, input: ReferralOutUpdate): Promise<ReferralOut> {
  const row = await referralsOutRepo.byId(session.db, input.id);
  if (!row) throw new AppError('NOT_FOUND', 'no such referral');
  const details = {
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
  // Sending is when data leaves: the consent must be in force now (or an override recorded).
  const sending = statusChange && input.status === 'sent';
  const override = row.override_reason ? undefined : input.override;
  if (sending && !row.override_reason) {
    const partner = row.partner_id ? { id: row.partner_id, type: row.partner_type ?? row.organisation_type } : null;
    await gate(session, row.resident_id, partner, JSON.parse(row.categories) as SharingCategory[], override);
  }

  const at = nowIso();
  const by = session.user.id;
  await session.db.transaction().execute(async (trx) => {
    await referralsOutRepo.update(trx, row.id, {
      ...details,
      ...(statusChange ? { status: input.status, status_on: statusOn } : {}),
      ...(sending ? overrideColumns(session, override) : {}),
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
    if (sending && override) await auditOverride(trx, session, row.resident_id, row.id, override, at);
  });
  return readReferral(session.db, row.id);
}
