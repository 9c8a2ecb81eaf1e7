import { AppError } from '../../../shared/errors';
import { RESIDENT_VALIDATION, type Admission, type ResidentFile, type ResidentUpdate } from '../../../shared/domain/resident';
import { CARE_VALIDATION } from '../../../shared/domain/resident-care';
import { checkAssignable } from './residents-care';
import type { AppDb } from '../db/kysely';
import { appendAudit } from '../audit/audit-log';
import { nowIso, uuidv7 } from '../ids';
import { organisationRepo } from '../repositories/settings';
import { residentsRepo } from '../repositories/residents';
import type { Session } from '../session';
import { canonicalRwandaOrigin } from './residents-location';
import { assignBedInTransaction, bedHistory } from './residents-beds';
import {
  changedIdentityFields,
  changedOriginFields,
  currentAge,
  identityColumns,
  missingFields,
  nameWordsOf,
  originColumns,
  providedFields,
  referralColumns,
  rowToIdentity,
  rowToOrigin,
  searchText,
  refuseField,
  todayIso,
} from './residents-records';

export function formatResidentCode(site: string, year: number, seq: number): string {
  return `${site}-${year}-${String(seq).padStart(4, '0')}`;
}

/** The site code that starts new resident codes (Settings). */
export async function residentCodeSite(db: AppDb): Promise<string> {
  const org = await organisationRepo.get(db);
  if (!org) throw new AppError('DATABASE_DAMAGED', 'organisation record is missing');
  return org.site_code;
}

export interface AdmitContext {
  actorId: string;
  site: string;
  at: string;
  /** Assigned at admission (see admitResident). */
  socialWorkerId?: string | null;
}

/**
 * One admission inside the caller's transaction: resident, first stay, referral in, the
 * name words for near-spelling search, and the audit entry (field names, never values).
 * The code's year is the admission year, so a night admission typed in the next morning
 * still numbers with its own year.
 */
export async function admitInTransaction(trx: AppDb, ctx: AdmitContext, input: Admission): Promise<{ id: string; code: string }> {
  const origin = input.origin ? canonicalRwandaOrigin(input.origin) : undefined;
  const year = Number(input.admittedOn.slice(0, 4));
  const seq = (await residentsRepo.lastCodeSeq(trx, ctx.site, year)) + 1;
  const code = formatResidentCode(ctx.site, year, seq);
  const id = uuidv7();
  const rowNum = await residentsRepo.insert(trx, {
    id,
    code,
    code_site: ctx.site,
    code_year: year,
    code_seq: seq,
    status: 'admitted',
    ...identityColumns(input.identity, input.admittedOn),
    ...originColumns(origin),
    admitted_on: input.admittedOn,
    social_worker_id: ctx.socialWorkerId ?? null,
    search_text: searchText(input.identity, code),
    created_at: ctx.at,
    created_by: ctx.actorId,
    updated_at: ctx.at,
    updated_by: ctx.actorId,
  });
  const words = nameWordsOf(input.identity);
  await residentsRepo.addToVocabulary(trx, words);
  await residentsRepo.linkWords(trx, rowNum, words);
  const stayId = uuidv7();
  await residentsRepo.insertStay(trx, {
    id: stayId,
    resident_id: id,
    admitted_on: input.admittedOn,
    discharged_on: null,
    created_at: ctx.at,
    created_by: ctx.actorId,
    updated_at: ctx.at,
    updated_by: ctx.actorId,
  });
  if (input.referral) {
    await residentsRepo.insertReferral(trx, referralColumns(input.referral, { id: uuidv7(), residentId: id, stayId }, ctx.at, ctx.actorId));
  }
  const fields = [
    ...providedFields(input.identity),
    ...(origin ? ['origin'] : []),
    ...(input.referral ? ['referral'] : []),
    ...(input.bedId ? ['bed'] : []),
    ...(ctx.socialWorkerId ? ['socialWorker'] : []),
  ];
  await appendAudit(trx, {
    action: 'resident.created',
    actorId: ctx.actorId,
    targetType: 'resident',
    targetId: id,
    at: ctx.at,
    // Field names only: her code would outlive an erasure here, since the chained log is never rewritten.
    details: { fields },
  });
  if (input.bedId) await assignBedInTransaction(trx, ctx.actorId, ctx.at, { residentId: id, bedId: input.bedId, from: input.admittedOn });
  return { id, code };
}

export async function admitResident(session: Session, input: Admission): Promise<ResidentFile> {
  const site = await residentCodeSite(session.db);
  const socialWorkerId =
    input.socialWorkerId !== undefined ? input.socialWorkerId : session.user.role === 'social_worker' ? session.user.id : null;
  if (socialWorkerId) {
    await checkAssignable(session.db, socialWorkerId, 'social_worker', 'socialWorkerId', CARE_VALIDATION.socialWorkerInvalid);
  }
  const { id } = await session.db
    .transaction()
    .execute((trx) => admitInTransaction(trx, { actorId: session.user.id, site, at: nowIso(), socialWorkerId }, input));
  return readFile(session.db, id);
}

/** Many admissions per transaction (demo data, imports): one commit and fsync per batch. */
export async function admitBatch(session: Session, inputs: Admission[]): Promise<string[]> {
  const site = await residentCodeSite(session.db);
  return session.db.transaction().execute(async (trx) => {
    const ids: string[] = [];
    for (const input of inputs) ids.push((await admitInTransaction(trx, { actorId: session.user.id, site, at: nowIso() }, input)).id);
    return ids;
  });
}

export async function readFile(db: AppDb, id: string): Promise<ResidentFile> {
  const row = await residentsRepo.byId(db, id);
  if (!row) throw new AppError('NOT_FOUND', 'no such resident');
  const [stays, referrals, beds] = await Promise.all([
    residentsRepo.staysOf(db, id),
    residentsRepo.referralsOf(db, id),
    bedHistory(db, id),
  ]);
  const identity = rowToIdentity(row);
  const origin = rowToOrigin(row);
  const age = currentAge(row, todayIso());
  return {
    id: row.id,
    code: row.code,
    status: row.status as ResidentFile['status'],
    displayName: row.display_name,
    identity,
    ageYears: age.years,
    ageIsEstimate: age.estimate,
    origin,
    admittedOn: row.admitted_on,
    stays: stays.map((s) => ({
      id: s.id,
      admittedOn: s.admitted_on,
      dischargedOn: s.discharged_on,
      dischargeDestination: s.discharge_destination as ResidentFile['stays'][number]['dischargeDestination'],
      dischargeReason: s.discharge_reason,
    })),
    referrals: referrals.map((r) => ({
      id: r.id,
      stayId: r.stay_id,
      sourceType: r.source_type as ResidentFile['referrals'][number]['sourceType'],
      organisationName: r.organisation_name ?? undefined,
      referringOfficer: r.referring_officer ?? undefined,
      referredOn: r.referred_on ?? undefined,
      caseReference: r.case_reference ?? undefined,
    })),
    beds,
    missing: missingFields(identity, origin !== null, referrals.length > 0),
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** Opening a file is itself recorded: who looked at whom, and when. */
export async function viewResident(session: Session, id: string): Promise<ResidentFile> {
  const file = await readFile(session.db, id);
  await appendAudit(session.db, { action: 'resident.viewed', actorId: session.user.id, targetType: 'resident', targetId: id });
  return file;
}

export async function updateResident(session: Session, input: ResidentUpdate): Promise<ResidentFile> {
  const row = await residentsRepo.byId(session.db, input.id);
  if (!row) throw new AppError('NOT_FOUND', 'no such resident');
  const beforeIdentity = rowToIdentity(row);
  const beforeOrigin = rowToOrigin(row);
  const identity = input.identity ?? beforeIdentity;
  if (identity.dateOfBirth && identity.dateOfBirth > row.admitted_on) {
    refuseField('identity.dateOfBirth', RESIDENT_VALIDATION.birthAfterAdmission);
  }
  const origin = input.origin === undefined ? beforeOrigin : input.origin === null ? null : canonicalRwandaOrigin(input.origin);
  const changed = [...changedIdentityFields(beforeIdentity, identity), ...changedOriginFields(beforeOrigin, origin)];
  if (changed.length === 0) return readFile(session.db, input.id);
  // A new estimate is "as of today"; an unchanged one keeps the date it was given.
  const estimateOn =
    identity.estimatedAgeYears === beforeIdentity.estimatedAgeYears && row.estimated_age_on ? row.estimated_age_on : todayIso();
  const at = nowIso();
  await session.db.transaction().execute(async (trx) => {
    await residentsRepo.update(trx, input.id, {
      ...identityColumns(identity, estimateOn),
      ...originColumns(origin),
      search_text: searchText(identity, row.code),
      updated_at: at,
      updated_by: session.user.id,
    });
    const words = nameWordsOf(identity);
    await residentsRepo.addToVocabulary(trx, words);
    await residentsRepo.relinkWords(trx, row.row_num, words);
    await appendAudit(trx, {
      action: 'resident.updated',
      actorId: session.user.id,
      targetType: 'resident',
      targetId: input.id,
      at,
      details: { fields: changed },
    });
  });
  return readFile(session.db, input.id);
}
