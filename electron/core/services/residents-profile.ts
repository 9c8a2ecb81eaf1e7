import { AppError } from '../../../shared/errors';
import {
  PROFILE_FIELDS,
  PROFILE_VALIDATION,
  type ProfileSave,
  type ProfileView,
  type TraffickingProfile,
} from '../../../shared/domain/resident-profile';
import type { AppDb } from '../db/kysely';
import { appendAudit } from '../audit/audit-log';
import { nowIso } from '../ids';
import { residentCareRepo, type ProfileRow } from '../repositories/residents-care';
import type { Session } from '../session';
import { auditSectionViewed } from './residents-history';
import { refuseField } from './residents-records';

const orUndefined = <T>(v: T | null): T | undefined => (v === null ? undefined : v);
const list = <T>(json: string): T[] => JSON.parse(json) as T[];

function rowToProfile(r: ProfileRow): TraffickingProfile {
  return {
    status: orUndefined(r.trafficking_status) as TraffickingProfile['status'],
    exploitationTypes: list(r.exploitation_types),
    labourSectors: list(r.labour_sectors),
    sexualExploitationTypes: list(r.sexual_exploitation_types),
    meansOfControl: list(r.means_of_control),
    recruitmentMethods: list(r.recruitment_methods),
    recruiterRelationships: list(r.recruiter_relationships),
    exploitationCountries: list(r.exploitation_countries),
    internalMovement: orUndefined(r.internal_movement) as TraffickingProfile['internalMovement'],
    exploitationPlace: orUndefined(r.exploitation_place),
    employmentAtRecruitment: orUndefined(r.employment_at_recruitment) as TraffickingProfile['employmentAtRecruitment'],
    recruitedOn: orUndefined(r.recruited_on),
    exitedOn: orUndefined(r.exited_on),
    notes: orUndefined(r.notes),
  };
}

/** Multi-selects keep the order staff picked, but a reordering alone is not a change. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  return a === b;
}

/** Names of the fields that differ; the audit log and History get these, never values. */
export function changedProfileFields(before: TraffickingProfile | null, after: TraffickingProfile): string[] {
  return PROFILE_FIELDS.filter((f) => {
    const b = before?.[f];
    const a = after[f];
    const empty = (v: unknown) => v === undefined || (Array.isArray(v) && v.length === 0);
    if (before === null) return !empty(a);
    return !sameValue(b, a) && !(empty(a) && empty(b));
  });
}

async function requireResident(db: AppDb, residentId: string) {
  const facts = await residentCareRepo.ageFacts(db, residentId);
  if (!facts) throw new AppError('NOT_FOUND', 'no such resident');
  return facts;
}

export async function readProfile(db: AppDb, residentId: string): Promise<ProfileView> {
  const row = await residentCareRepo.profileOf(db, residentId);
  if (!row) {
    await requireResident(db, residentId);
    return { residentId, profile: null, updatedAt: null, updatedByName: null };
  }
  return { residentId, profile: rowToProfile(row), updatedAt: row.updated_at, updatedByName: row.updated_by_name ?? null };
}

/** The profile is the most sensitive part of the file: opening it is recorded as a view. */
export async function viewProfile(session: Session, residentId: string): Promise<ProfileView> {
  const view = await readProfile(session.db, residentId);
  await auditSectionViewed(session, residentId, 'profile');
  return view;
}

/**
 * The profile write and its audit entry, inside the caller's transaction (the form's save,
 * or a batch such as `amizero demo`). Writes nothing when no field changed.
 */
export async function writeProfile(trx: AppDb, actorId: string, at: string, residentId: string, p: TraffickingProfile): Promise<void> {
  const before = await residentCareRepo.profileOf(trx, residentId);
  const changed = changedProfileFields(before ? rowToProfile(before) : null, p);
  if (changed.length === 0) return;
  await residentCareRepo.upsertProfile(trx, {
    resident_id: residentId,
    trafficking_status: p.status ?? null,
    exploitation_types: JSON.stringify(p.exploitationTypes),
    labour_sectors: JSON.stringify(p.labourSectors),
    sexual_exploitation_types: JSON.stringify(p.sexualExploitationTypes),
    means_of_control: JSON.stringify(p.meansOfControl),
    recruitment_methods: JSON.stringify(p.recruitmentMethods),
    recruiter_relationships: JSON.stringify(p.recruiterRelationships),
    exploitation_countries: JSON.stringify(p.exploitationCountries),
    internal_movement: p.internalMovement ?? null,
    exploitation_place: p.exploitationPlace ?? null,
    employment_at_recruitment: p.employmentAtRecruitment ?? null,
    recruited_on: p.recruitedOn ?? null,
    exited_on: p.exitedOn ?? null,
    notes: p.notes ?? null,
    created_at: at,
    created_by: actorId,
    updated_at: at,
    updated_by: actorId,
  });
  await appendAudit(trx, {
    action: 'resident.profile_updated',
    actorId,
    targetType: 'resident',
    targetId: residentId,
    at,
    details: { fields: changed },
  });
}

export async function saveProfile(session: Session, input: ProfileSave): Promise<ProfileView> {
  const { residentId, profile: p } = input;
  const { date_of_birth: born } = await requireResident(session.db, residentId);
  // Paths as the schema's own, so the form puts the message next to the field.
  if (born && p.recruitedOn && p.recruitedOn < born) refuseField('profile.recruitedOn', PROFILE_VALIDATION.beforeBirth);
  if (born && p.exitedOn && p.exitedOn < born) refuseField('profile.exitedOn', PROFILE_VALIDATION.beforeBirth);
  await session.db.transaction().execute((trx) => writeProfile(trx, session.user.id, nowIso(), residentId, p));
  return readProfile(session.db, residentId);
}
