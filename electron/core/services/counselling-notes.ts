import { GROUP_SESSION_DRAFT } from '../../../shared/domain/rehab-sessions';
import { AppError } from '../../../shared/errors';
import { appendAudit } from '../audit/audit-log';
import { nowIso } from '../ids';
import { notesRepo } from '../repositories/counselling-notes';
import { sessionsRepo } from '../repositories/counselling-sessions';
import type { Session } from '../session';
import { mayCounsel } from './counselling-sessions';
import { openDraft, openNotes, sealDraft } from './sealed-notes';

/**
 * Reading notes and keeping drafts of them. The gate has already checked the role and her
 * relation to the resident (category `counselling`); the key check below is the second
 * lock: a session without the counselling-notes key (any role not entitled) is refused
 * even if the table were wrong. Every opening of notes is audited.
 */
export async function readNotes(
  session: Session,
  input: { residentId: string; sessionId: string },
): Promise<{ sessionId: string; notes: string }> {
  const p = await sessionsRepo.participant(session.db, input.sessionId, input.residentId);
  const row = p ? await notesRepo.sessionNotes(session.db, input.sessionId) : undefined;
  if (!row) throw new AppError('NOT_FOUND', 'no such session for this resident');
  const notes = row.sealed_notes ? session.withCategoryKey('counselling_notes', (key) => openNotes(key, row.id, row.sealed_notes!)) : '';
  await appendAudit(session.db, {
    action: 'counselling.notes_viewed',
    actorId: session.user.id,
    targetType: 'counselling_session',
    targetId: row.id,
    details: { residentId: input.residentId },
  });
  return { sessionId: row.id, notes };
}

type DraftKey = { residentId: string; sessionId: string };

/** Saved as she types (and at lock): sealed, so a lock loses nothing and the data key reveals nothing. */
export async function saveNoteDraft(session: Session, input: DraftKey & { notes: string }): Promise<{ savedAt: string }> {
  const me = session.user.id;
  const sealed = session.withCategoryKey('counselling_notes', (key) => sealDraft(key, me, input.residentId, input.sessionId, input.notes));
  const savedAt = nowIso();
  await session.db.transaction().execute(async (trx) => {
    // A new group session has one draft per author: choosing another first resident moves it.
    if (input.sessionId === GROUP_SESSION_DRAFT) await notesRepo.deleteDraftsOfKey(trx, me, GROUP_SESSION_DRAFT, input.residentId);
    await notesRepo.putDraft(trx, { user_id: me, resident_id: input.residentId, session_key: input.sessionId, sealed, saved_at: savedAt });
  });
  return { savedAt };
}

/**
 * Her new group session's draft, for the form wherever it opens (My week has no resident).
 * The gate cannot check a resident the input does not name, so this does: a draft kept under
 * a resident she may no longer counsel is not shown (nor deleted: access may come back).
 */
export async function readGroupNoteDraft(session: Session): Promise<{ residentId: string; notes: string; savedAt: string } | null> {
  const me = session.user.id;
  const row = await notesRepo.newestDraftOfKey(session.db, me, GROUP_SESSION_DRAFT);
  if (!row || !(await mayCounsel(session, row.resident_id, 'change'))) return null;
  const notes = session.withCategoryKey('counselling_notes', (key) => openDraft(key, me, row.resident_id, GROUP_SESSION_DRAFT, row.sealed));
  return { residentId: row.resident_id, notes, savedAt: row.saved_at };
}

export async function readNoteDraft(session: Session, input: DraftKey): Promise<{ notes: string; savedAt: string } | null> {
  const me = session.user.id;
  const row = await notesRepo.draft(session.db, me, input.residentId, input.sessionId);
  if (!row) return null;
  const notes = session.withCategoryKey('counselling_notes', (key) => openDraft(key, me, input.residentId, input.sessionId, row.sealed));
  return { notes, savedAt: row.saved_at };
}

export async function clearNoteDraft(session: Session, input: DraftKey): Promise<Record<string, never>> {
  if (input.sessionId === GROUP_SESSION_DRAFT) await notesRepo.deleteDraftsOfKey(session.db, session.user.id, GROUP_SESSION_DRAFT);
  else await notesRepo.deleteDraft(session.db, session.user.id, input.residentId, input.sessionId);
  return {};
}
