import { AppError } from '../../../shared/errors';
import type { AppDb } from '../db/kysely';
import { notesRepo } from '../repositories/counselling-notes';
import { openContent, sealContent } from '../vault/sealed-content';
import type { SealedCheck } from './sealed-documents';

/**
 * Counselling notes are the second sealed category: a session's notes and every draft of
 * them are encrypted under the counselling-notes key (manager and counsellor slots and the
 * recovery slot only), so a social worker's session, the reporting role or anyone holding
 * only the data key reads ciphertext. Notes are never written in the clear, not even
 * before the first entitled sign-in: saving them needs the key. A draft is bound to its
 * author, resident and session through the associated data, so it cannot be moved.
 */
const CATEGORY = 'counselling_notes' as const;
const NOTES = 'notes';
const DRAFT = 'draft';

const draftRowId = (userId: string, residentId: string, sessionKey: string) => `${userId}|${residentId}|${sessionKey}`;

function damaged(what: string): AppError {
  return new AppError('DATABASE_DAMAGED', `sealed ${what} does not open with the counselling-notes key`);
}

export function sealNotes(key: Buffer, sessionId: string, notes: string): Buffer {
  return sealContent(key, CATEGORY, sessionId, NOTES, Buffer.from(notes, 'utf8'));
}

export function openNotes(key: Buffer, sessionId: string, sealed: Uint8Array): string {
  const plain = openContent(key, CATEGORY, sessionId, NOTES, sealed);
  if (!plain) throw damaged(`notes of session ${sessionId}`);
  const text = plain.toString('utf8');
  plain.fill(0);
  return text;
}

export function sealDraft(key: Buffer, userId: string, residentId: string, sessionKey: string, notes: string): Buffer {
  return sealContent(key, CATEGORY, draftRowId(userId, residentId, sessionKey), DRAFT, Buffer.from(notes, 'utf8'));
}

export function openDraft(key: Buffer, userId: string, residentId: string, sessionKey: string, sealed: Uint8Array): string {
  const plain = openContent(key, CATEGORY, draftRowId(userId, residentId, sessionKey), DRAFT, sealed);
  if (!plain) throw damaged('draft of notes');
  const text = plain.toString('utf8');
  plain.fill(0);
  return text;
}

/** Re-seals every note and draft under a new key (re-keying); the caller holds the transaction. */
export async function resealNotes(db: AppDb, from: Buffer, to: Buffer, onRow?: () => void): Promise<number> {
  let n = 0;
  for (const id of await notesRepo.sessionIdsWithNotes(db)) {
    const row = await notesRepo.sessionNotes(db, id);
    if (!row?.sealed_notes) continue;
    await notesRepo.setSessionNotes(db, id, sealNotes(to, id, openNotes(from, id, row.sealed_notes)));
    n++;
    onRow?.();
  }
  for (const d of await notesRepo.allDrafts(db)) {
    const text = openDraft(from, d.user_id, d.resident_id, d.session_key, d.sealed);
    await notesRepo.putDraft(db, { ...d, sealed: sealDraft(to, d.user_id, d.resident_id, d.session_key, text) });
    n++;
    onRow?.();
  }
  return n;
}

/** For doctor: every session with notes, and every draft, must open with the key. Notes are never in the clear. */
export async function checkSealedNotes(db: AppDb, key: Buffer | null): Promise<SealedCheck> {
  const ids = await notesRepo.sessionIdsWithNotes(db);
  const drafts = await notesRepo.allDrafts(db);
  const failed: string[] = [];
  if (key) {
    for (const id of ids) {
      const row = await notesRepo.sessionNotes(db, id);
      if (!row?.sealed_notes || !openContent(key, CATEGORY, id, NOTES, row.sealed_notes)) failed.push(id);
    }
    for (const d of drafts)
      if (!openContent(key, CATEGORY, draftRowId(d.user_id, d.resident_id, d.session_key), DRAFT, d.sealed))
        failed.push(`draft:${d.session_key}`);
  }
  return { sealed: ids.length + drafts.length, plain: 0, failed };
}
