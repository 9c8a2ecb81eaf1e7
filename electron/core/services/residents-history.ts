import { AppError } from '../../../shared/errors';
import type { AuditAction } from '../../../shared/domain/audit';
import type { HistoryEntry, HistoryPage, HistoryQuery, HistorySection } from '../../../shared/domain/resident-care';
import { CONSENT_PURPOSES, type ConsentPurpose } from '../../../shared/enums/consent';
import type { AppDb } from '../db/kysely';
import { appendAudit } from '../audit/audit-log';
import type { Session } from '../session';
import { residentCareRepo } from '../repositories/residents-care';

/** Which part of the file an action is about; actions added later show without a section. */
const SECTION_OF: Partial<Record<AuditAction, HistorySection>> = {
  'resident.created': 'identity',
  'resident.updated': 'identity',
  'resident.discharged': 'stay',
  'resident.readmitted': 'stay',
  'resident.referral_in_saved': 'stay',
  'resident.bed_assigned': 'bed',
  'resident.profile_updated': 'profile',
  'resident.consent_recorded': 'consent',
  'resident.consent_withdrawn': 'consent',
  'resident.care_updated': 'care',
};

/** Fields implied by actions whose audit details carry none. */
const IMPLIED_FIELDS: Partial<Record<AuditAction, string[]>> = {
  'resident.bed_assigned': ['bed'],
  'resident.discharged': ['dischargedOn', 'destination'],
  'resident.readmitted': ['admittedOn'],
};

/** Entries that only record someone opening the file or part of it. */
export const VIEW_ACTIONS: readonly AuditAction[] = ['resident.viewed', 'resident.document_viewed'];

const VIEW_SECTIONS = { profile: 'profile', consents: 'consent' } as const satisfies Record<string, HistorySection>;
export type ViewedSection = keyof typeof VIEW_SECTIONS;

/**
 * Records that someone opened a part of the file that names people or what happened to her
 * or him, in the form History reads back (see VIEW_SECTIONS).
 */
export async function auditSectionViewed(session: Session, residentId: string, section: ViewedSection): Promise<void> {
  await appendAudit(session.db, {
    action: 'resident.viewed',
    actorId: session.user.id,
    targetType: 'resident',
    targetId: residentId,
    details: { section },
  });
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * One audit entry as History shows it. Only field names, the consent purpose and the part of
 * the file are read from the details: whatever else an entry holds (ids, counts, destinations)
 * never reaches the screen, so no value can leak through here even if a future entry held one.
 */
export function toHistoryEntry(r: { seq: number; at: string; action: string; details: string; actor_name: string | null }): HistoryEntry {
  const details = JSON.parse(r.details) as Record<string, unknown>;
  const action = r.action as AuditAction;
  const purpose =
    typeof details.purpose === 'string' && (CONSENT_PURPOSES as readonly string[]).includes(details.purpose) ? details.purpose : null;
  const viewed =
    action === 'resident.viewed' && typeof details.section === 'string'
      ? ((VIEW_SECTIONS as Record<string, HistorySection>)[details.section] ?? null)
      : null;
  return {
    seq: r.seq,
    at: r.at,
    actorName: r.actor_name,
    action,
    section: SECTION_OF[action] ?? viewed,
    fields: isStringArray(details.fields) ? details.fields : (IMPLIED_FIELDS[action] ?? []),
    purpose: purpose as ConsentPurpose | null,
  };
}

/**
 * Everything the audit log holds about one resident (views, admission, identity edits,
 * stays, beds, profile, consents, assignment), newest first. Reading History is not itself
 * recorded: it shows who did what, nothing of her file.
 */
export async function residentHistory(db: AppDb, q: HistoryQuery): Promise<HistoryPage> {
  if (!(await residentCareRepo.ageFacts(db, q.residentId))) throw new AppError('NOT_FOUND', 'no such resident');
  const rows = await residentCareRepo
    .historyQuery(db, q.residentId, {
      limit: q.limit + 1,
      beforeSeq: q.beforeSeq,
      excludeActions: q.includeViews ? [] : VIEW_ACTIONS,
    })
    .execute();
  const page = rows.slice(0, q.limit);
  return {
    entries: page.map((r) => toHistoryEntry({ ...r, actor_name: r.actor_name ?? null })),
    nextBeforeSeq: rows.length > q.limit ? page[page.length - 1]!.seq : null,
  };
}
