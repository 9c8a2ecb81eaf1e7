import { AppError } from '../../../shared/errors';
import { ageOn } from '../../../shared/domain/resident';
import {
  CONSENT_VALIDATION,
  type ConsentRecord,
  type ConsentRecordResult,
  type ConsentView,
  type ConsentWithdraw,
} from '../../../shared/domain/resident-consent';
import { AGE_OF_MAJORITY, CONSENT_AGE_WITHOUT_GUARDIAN, type ConsentPurpose, type ConsentWarning } from '../../../shared/enums/consent';
import type { ReferralOutOrganisationType } from '../../../shared/enums/referral-out';
import type { SharingCategory } from '../../../shared/enums/sharing';
import type { AppDb } from '../db/kysely';
import { appendAudit } from '../audit/audit-log';
import { nowIso, uuidv7 } from '../ids';
import { residentCareRepo, type ConsentRow } from '../repositories/residents-care';
import { partnersRepo, type ConsentTargetRow } from '../repositories/partners';
import { livePartner } from './partners';
import type { Session } from '../session';
import { auditSectionViewed } from './residents-history';
import { refuseField, todayIso } from './residents-records';
import { reintegrationOnConsentWithdrawn } from './reintegration-closure';

type AgeFacts = { date_of_birth: string | null; estimated_age_years: number | null; estimated_age_on: string | null };

/**
 * Her age on a date: exact from the date of birth, else from the estimate and the day it was
 * given (admission, or the edit that changed it); null when unknown.
 */
export function ageOnDate(r: AgeFacts, on: string): number | null {
  if (r.date_of_birth) return ageOn(r.date_of_birth, on);
  if (r.estimated_age_years !== null && r.estimated_age_on) {
    // As if she had turned that age on the day it was estimated: right before and after it.
    const year = Number(r.estimated_age_on.slice(0, 4)) - r.estimated_age_years;
    return ageOn(`${String(year).padStart(4, '0')}${r.estimated_age_on.slice(4)}`, on);
  }
  return null;
}

/**
 * What her age on the consent date says about a consent. Only a consent she gave herself is
 * affected: a guardian may consent at any age. `given_under_16` arises when the date of birth
 * is corrected after the consent was recorded; such a consent no longer counts.
 */
export function consentWarnings(facts: AgeFacts, givenBy: string, givenOn: string): ConsentWarning[] {
  if (givenBy !== 'resident') return [];
  const age = ageOnDate(facts, givenOn);
  if (age === null) return ['age_unknown'];
  if (age < CONSENT_AGE_WITHOUT_GUARDIAN) return ['given_under_16'];
  if (age < AGE_OF_MAJORITY) return ['minor_16_17'];
  return [];
}

function inForce(c: Pick<ConsentRow, 'given_on' | 'withdrawn_on' | 'decision'>, warnings: ConsentWarning[], on: string): boolean {
  return (
    c.decision === 'given' && c.given_on <= on && (c.withdrawn_on === null || c.withdrawn_on > on) && !warnings.includes('given_under_16')
  );
}

function toView(
  c: ConsentRow & { created_by_name?: string | null },
  targets: ConsentTargetRow[],
  facts: AgeFacts,
  today: string,
): ConsentView {
  const warnings = consentWarnings(facts, c.given_by, c.given_on);
  return {
    id: c.id,
    residentId: c.resident_id,
    purpose: c.purpose as ConsentView['purpose'],
    decision: c.decision as ConsentView['decision'],
    partners: targets.map((t) => t.partner_name ?? t.written_name ?? t.partner_type ?? ''),
    targets: targets.map((t) => ({
      partnerId: t.partner_id,
      partnerName: t.partner_name,
      partnerType: t.partner_type as ReferralOutOrganisationType | null,
      writtenName: t.written_name,
    })),
    categories: JSON.parse(c.categories) as SharingCategory[],
    givenOn: c.given_on,
    method: c.method as ConsentView['method'],
    witnessName: c.witness_name,
    givenBy: c.given_by as ConsentView['givenBy'],
    guardianName: c.guardian_name,
    guardianRelationship: c.guardian_relationship as ConsentView['guardianRelationship'],
    notes: c.notes,
    withdrawnOn: c.withdrawn_on,
    withdrawalReason: c.withdrawal_reason,
    active: inForce(c, warnings, today),
    warnings,
    recordedAt: c.created_at,
    recordedByName: c.created_by_name ?? null,
  };
}

async function ageFactsOf(db: AppDb, residentId: string): Promise<AgeFacts> {
  const facts = await residentCareRepo.ageFacts(db, residentId);
  if (!facts) throw new AppError('NOT_FOUND', 'no such resident');
  return facts;
}

export async function listConsents(db: AppDb, residentId: string): Promise<ConsentView[]> {
  const facts = await ageFactsOf(db, residentId);
  const today = todayIso();
  const rows = await residentCareRepo.consentsOf(db, residentId);
  const targets = await partnersRepo.targetsOf(
    db,
    rows.map((c) => c.id),
  );
  return rows.map((c) =>
    toView(
      c,
      targets.filter((t) => t.consent_id === c.id),
      facts,
      today,
    ),
  );
}

/** Consents carry guardians', witnesses' and partners' names: reading them is a view. */
export async function viewConsents(session: Session, residentId: string): Promise<ConsentView[]> {
  const list = await listConsents(session.db, residentId);
  await auditSectionViewed(session, residentId, 'consents');
  return list;
}

async function consentView(db: AppDb, id: string): Promise<ConsentView> {
  const row = await residentCareRepo.consentById(db, id);
  if (!row) throw new AppError('NOT_FOUND', 'no such consent');
  const views = await listConsents(db, row.resident_id);
  return views.find((v) => v.id === id)!;
}

/**
 * The consent row and its audit entry, inside the caller's transaction. The caller has
 * already applied the age rules (recordConsent for the form, the generator for demo data).
 */
export async function insertConsent(
  trx: AppDb,
  actorId: string,
  at: string,
  input: ConsentRecord,
  warnings: ConsentWarning[],
): Promise<string> {
  const id = uuidv7();
  // Partners are checked inside the transaction: a partner removed meanwhile is refused, nothing written.
  const partners = await Promise.all(input.partnerIds.map((p) => livePartner(trx, p)));
  await residentCareRepo.insertConsent(trx, {
    id,
    resident_id: input.residentId,
    purpose: input.purpose,
    decision: input.decision,
    // The names as they were when she agreed; the targets below are what the gates read.
    partners: JSON.stringify(partners.map((p) => p.name)),
    categories: JSON.stringify(input.categories),
    given_on: input.givenOn,
    method: input.method,
    witness_name: input.method === 'oral_witnessed' ? (input.witnessName ?? null) : null,
    given_by: input.givenBy,
    guardian_name: input.givenBy === 'guardian' ? (input.guardianName ?? null) : null,
    guardian_relationship: input.givenBy === 'guardian' ? (input.guardianRelationship ?? null) : null,
    notes: input.notes ?? null,
    withdrawn_on: null,
    withdrawal_reason: null,
    created_at: at,
    created_by: actorId,
    updated_at: at,
    updated_by: actorId,
  });
  const targets = [
    ...input.partnerIds.map((partnerId) => ({ partner_id: partnerId, partner_type: null })),
    ...input.partnerTypes.map((partnerType) => ({ partner_id: null, partner_type: partnerType })),
  ];
  for (const t of targets) await partnersRepo.insertTarget(trx, { id: uuidv7(), consent_id: id, ...t, written_name: null });
  await appendAudit(trx, {
    action: 'resident.consent_recorded',
    actorId,
    targetType: 'resident',
    targetId: input.residentId,
    at,
    // Purpose, method and giver are not restricted (see RESTRICTED_CONSENT_FIELDS); names are.
    details: {
      consentId: id,
      purpose: input.purpose,
      decision: input.decision,
      method: input.method,
      givenBy: input.givenBy,
      ...(input.categories.length ? { categories: input.categories } : {}),
      fields: consentFieldsGiven(input),
      ...(warnings.length ? { warnings } : {}),
    },
  });
  return id;
}

export async function recordConsent(session: Session, input: ConsentRecord): Promise<ConsentRecordResult> {
  const facts = await ageFactsOf(session.db, input.residentId);
  if (facts.date_of_birth && input.givenOn < facts.date_of_birth) refuseField('givenOn', CONSENT_VALIDATION.beforeBirth);
  const warnings = consentWarnings(facts, input.givenBy, input.givenOn);
  // Law 058/2021 art. 9: under 16, consent comes from the holder of parental authority.
  if (warnings.includes('given_under_16')) refuseField('givenBy', CONSENT_VALIDATION.guardianRequiredUnder16);
  const id = await session.db.transaction().execute((trx) => insertConsent(trx, session.user.id, nowIso(), input, warnings));
  return { consent: await consentView(session.db, id), warnings };
}

function consentFieldsGiven(input: ConsentRecord): string[] {
  const fields = ['purpose', 'givenOn', 'method', 'givenBy'];
  if (input.partnerIds.length + input.partnerTypes.length) fields.push('partners');
  if (input.categories.length) fields.push('categories');
  if (input.method === 'oral_witnessed') fields.push('witnessName');
  if (input.givenBy === 'guardian') fields.push('guardianName', ...(input.guardianRelationship ? ['guardianRelationship'] : []));
  if (input.notes) fields.push('notes');
  return fields;
}

export async function withdrawConsent(session: Session, input: ConsentWithdraw): Promise<ConsentView> {
  const row = await residentCareRepo.consentById(session.db, input.consentId);
  if (!row) throw new AppError('NOT_FOUND', 'no such consent');
  if (row.decision === 'refused') refuseField('withdrawnOn', CONSENT_VALIDATION.refusalNotWithdrawn);
  if (row.withdrawn_on !== null) refuseField('withdrawnOn', CONSENT_VALIDATION.alreadyWithdrawn);
  if (input.withdrawnOn < row.given_on) refuseField('withdrawnOn', CONSENT_VALIDATION.withdrawalBeforeGiven);
  const at = nowIso();
  await session.db.transaction().execute(async (trx) => {
    await residentCareRepo.updateConsent(trx, row.id, {
      withdrawn_on: input.withdrawnOn,
      withdrawal_reason: input.reason ?? null,
      updated_at: at,
      updated_by: session.user.id,
    });
    await appendAudit(trx, {
      action: 'resident.consent_withdrawn',
      actorId: session.user.id,
      targetType: 'resident',
      targetId: row.resident_id,
      at,
      details: {
        consentId: row.id,
        purpose: row.purpose,
        fields: ['withdrawnOn', ...(input.reason ? ['withdrawalReason'] : [])],
      },
    });
    if (row.purpose === 'follow_up_contact' && !(await hasConsent(trx, row.resident_id, 'follow_up_contact', { on: input.withdrawnOn })))
      await reintegrationOnConsentWithdrawn(trx, row.resident_id, at, session.user.id);
  });
  return consentView(session.db, row.id);
}

export interface ConsentQuery {
  /** Required for 'sharing': consent to share is always with a partner, or every partner of its type. */
  partner?: { id: string; type: string };
  /** For 'sharing': every category the data carries must be covered. */
  categories?: readonly SharingCategory[];
  /** The day the action happens (YYYY-MM-DD); today in Kigali when left out. */
  on?: string;
}

/** Recorded after a consent, on or before the day asked about: a refusal, which outweighs it. */
/** What the in-force and refusal rules read of a consent row. */
type ConsentDecision = Pick<ConsentRow, 'decision' | 'given_on' | 'withdrawn_on' | 'given_by' | 'created_at'>;

function decidedLater(a: ConsentDecision, b: ConsentDecision): boolean {
  return a.given_on > b.given_on || (a.given_on === b.given_on && a.created_at > b.created_at);
}

function refusedSince(all: readonly ConsentDecision[], consent: ConsentDecision, on: string): boolean {
  return all.some((r) => r.decision === 'refused' && r.given_on <= on && decidedLater(r, consent));
}

/**
 * The residents whose consent for a purpose (not sharing, which is per partner) is in force
 * on a day: the same rule as hasConsent, over the whole shelter in one query, for exports.
 */
export async function residentsConsenting(db: AppDb, purpose: Exclude<ConsentPurpose, 'sharing'>, on = todayIso()): Promise<Set<string>> {
  const rows = await residentCareRepo.consentsWithAgeFor(db, purpose);
  const byResident = new Map<string, typeof rows>();
  for (const r of rows) {
    const all = byResident.get(r.resident_id);
    if (all) all.push(r);
    else byResident.set(r.resident_id, [r]);
  }
  const out = new Set<string>();
  for (const [id, all] of byResident) {
    if (all.some((c) => inForce(c, consentWarnings(c, c.given_by, c.given_on), on) && !refusedSince(all, c, on))) out.add(id);
  }
  return out;
}

/**
 * Whether the resident's consent for a purpose is in force on a day: given on or before it,
 * not withdrawn on or before it, not given by herself while under 16, and for sharing,
 * naming the partner (or its type) and covering every category asked for. The consent
 * gates (electron/core/access/consent-gate.ts) call it before anything leaves the shelter.
 */
export async function hasConsent(db: AppDb, residentId: string, purpose: ConsentPurpose, q: ConsentQuery = {}): Promise<boolean> {
  if (purpose === 'sharing' && !q.partner) {
    throw new AppError('INTERNAL', 'hasConsent: sharing needs the partner it is with');
  }
  const facts = await ageFactsOf(db, residentId);
  const on = q.on ?? todayIso();
  const all = await residentCareRepo.consentsFor(db, residentId, purpose);
  const rows = all.filter((c) => inForce(c, consentWarnings(facts, c.given_by, c.given_on), on) && !refusedSince(all, c, on));
  if (purpose !== 'sharing') return rows.length > 0;
  const partner = q.partner!;
  const targets = await partnersRepo.targetsOf(
    db,
    rows.map((c) => c.id),
  );
  return rows.some((c) => {
    const covered = JSON.parse(c.categories) as string[];
    if (!(q.categories ?? []).every((k) => covered.includes(k))) return false;
    return targets.some((t) => t.consent_id === c.id && (t.partner_id === partner.id || t.partner_type === partner.type));
  });
}
