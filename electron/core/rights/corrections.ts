import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { AuditAction } from '../../../shared/domain/audit';
import {
  CORRECTION_VALIDATION,
  type CorrectionView,
  type correctionAnswerSchema,
  type correctionLinkSchema,
  type correctionRecordSchema,
} from '../../../shared/rights/corrections';
import type { CorrectionOutcome } from '../../../shared/rights/corrections';
import { appendAudit } from '../audit/audit-log';
import type { AppDb } from '../db/kysely';
import { nowIso, uuidv7 } from '../ids';
import { correctionsRepo, type CorrectionRow } from '../repositories/correction-requests';
import { residentCareRepo } from '../repositories/residents-care';
import { VIEW_ACTIONS, toHistoryEntry } from '../services/residents-history';
import type { Session } from '../session';
import { readSettings } from '../services/settings';
import { todayIso } from '../services/residents-records';

/**
 * Correction requests: what she says is wrong is recorded with the day it was received;
 * the fix is made through the file's normal screens (which audit the fields changed) and
 * that audit entry is linked here, so the register of corrections and the log cannot
 * disagree; the answer (corrected or refused) keeps its date. An answered request is closed.
 */

/** Entries that are not a change to her file: views, exports and printouts, and this register's own. */
const NOT_A_CHANGE: readonly AuditAction[] = [
  ...VIEW_ACTIONS,
  'resident.document_exported',
  'reintegration.field_sheet_saved',
  'reintegration.referral_slip_saved',
  'counselling.notes_viewed',
];
const isChange = (action: string) => !(NOT_A_CHANGE as readonly string[]).includes(action) && !action.startsWith('rights.');

const parseSeqs = (json: string): number[] => JSON.parse(json) as number[];

async function toView(db: AppDb, row: CorrectionRow & { created_by_name: string | null }): Promise<CorrectionView> {
  const entries = await correctionsRepo.auditEntries(db, row.resident_id, parseSeqs(row.linked_seqs));
  return {
    id: row.id,
    receivedOn: row.received_on,
    request: row.request,
    changes: entries.map((e) => toHistoryEntry({ ...e, actor_name: e.actor_name ?? null })),
    outcome: row.outcome as CorrectionOutcome | null,
    answeredOn: row.answered_on,
    note: row.answer_note,
    recordedBy: row.created_by_name,
  };
}

export async function listCorrections(session: Session, residentId: string): Promise<CorrectionView[]> {
  if (!(await residentCareRepo.ageFacts(session.db, residentId))) throw new AppError('NOT_FOUND', 'no such resident');
  const rows = await correctionsRepo.ofResident(session.db, residentId);
  return Promise.all(rows.map((r) => toView(session.db, r)));
}

async function openRequest(db: AppDb, residentId: string, requestId: string): Promise<CorrectionRow> {
  const row = await correctionsRepo.byId(db, requestId);
  // A request of another resident is "not found": the gate checked access to this one only.
  if (!row || row.resident_id !== residentId) throw new AppError('NOT_FOUND', 'no such correction request for her');
  if (row.outcome !== null) throw new AppError('CORRECTION_ANSWERED', 'this request has been answered and is closed');
  return row;
}

async function viewOf(session: Session, residentId: string, id: string): Promise<CorrectionView> {
  return (await listCorrections(session, residentId)).find((c) => c.id === id)!;
}

export async function recordCorrection(session: Session, input: z.output<typeof correctionRecordSchema>): Promise<CorrectionView> {
  if (!(await residentCareRepo.ageFacts(session.db, input.residentId))) throw new AppError('NOT_FOUND', 'no such resident');
  const at = nowIso();
  const id = uuidv7();
  const by = session.user.id;
  await session.db.transaction().execute(async (trx) => {
    await correctionsRepo.insert(trx, {
      id,
      resident_id: input.residentId,
      received_on: input.receivedOn,
      request: input.request,
      created_at: at,
      created_by: by,
      updated_at: at,
      updated_by: by,
    });
    // The request's words stay in its row; the log names the request and the day only.
    await appendAudit(trx, {
      action: 'rights.correction_recorded',
      actorId: by,
      targetType: 'resident',
      targetId: input.residentId,
      at,
      details: { requestId: id, receivedOn: input.receivedOn },
    });
  });
  return viewOf(session, input.residentId, id);
}

export async function linkCorrection(session: Session, input: z.output<typeof correctionLinkSchema>): Promise<CorrectionView> {
  const at = nowIso();
  await session.db.transaction().execute(async (trx) => {
    const row = await openRequest(trx, input.residentId, input.requestId);
    const [entry] = await correctionsRepo.auditEntries(trx, input.residentId, [input.auditSeq]);
    if (!entry || !isChange(entry.action))
      throw new AppError('CORRECTION_CHANGE_INVALID', 'that log entry is not a change to her file', { params: { seq: input.auditSeq } });
    // Days are the shelter's: a change at 23:30 UTC is already the next day in Kigali.
    if (todayIso((await readSettings(trx)).timeZone, Date.parse(entry.at)) < row.received_on)
      throw new AppError('CORRECTION_CHANGE_INVALID', 'that change was made before the request was received', {
        params: { seq: input.auditSeq },
      });
    const seqs = parseSeqs(row.linked_seqs);
    if (seqs.includes(input.auditSeq)) return;
    await correctionsRepo.update(trx, row.id, {
      linked_seqs: JSON.stringify([...seqs, input.auditSeq].sort((a, b) => a - b)),
      updated_at: at,
      updated_by: session.user.id,
    });
    await appendAudit(trx, {
      action: 'rights.correction_linked',
      actorId: session.user.id,
      targetType: 'resident',
      targetId: input.residentId,
      at,
      details: { requestId: row.id, auditSeq: input.auditSeq },
    });
  });
  return viewOf(session, input.residentId, input.requestId);
}

export async function answerCorrection(session: Session, input: z.output<typeof correctionAnswerSchema>): Promise<CorrectionView> {
  const at = nowIso();
  await session.db.transaction().execute(async (trx) => {
    const row = await openRequest(trx, input.residentId, input.requestId);
    if (input.answeredOn < row.received_on)
      throw new AppError('VALIDATION', 'answered before it was received', {
        fields: [
          { path: 'answeredOn', code: CORRECTION_VALIDATION.answerBeforeReceipt, message: CORRECTION_VALIDATION.answerBeforeReceipt },
        ],
      });
    // "Corrected" means a change in her file says so: a linked change is required.
    if (input.outcome === 'corrected' && parseSeqs(row.linked_seqs).length === 0)
      throw new AppError('CORRECTION_CHANGE_INVALID', 'a corrected request names the change that corrected it');
    await correctionsRepo.update(trx, row.id, {
      outcome: input.outcome,
      answered_on: input.answeredOn,
      answer_note: input.note ?? null,
      updated_at: at,
      updated_by: session.user.id,
    });
    await appendAudit(trx, {
      action: 'rights.correction_answered',
      actorId: session.user.id,
      targetType: 'resident',
      targetId: input.residentId,
      at,
      details: { requestId: row.id, outcome: input.outcome, answeredOn: input.answeredOn },
    });
  });
  return viewOf(session, input.residentId, input.requestId);
}
