import { z } from 'zod';
import { allows } from '../../../shared/access/table';
import { AppError } from '../../../shared/errors';
import type { GroupSessionSave, ParticipantInput, SessionSave, SessionView } from '../../../shared/domain/rehab-sessions';
import { GROUP_SESSION_DRAFT, NEW_SESSION_DRAFT, who5ItemsSchema } from '../../../shared/domain/rehab-sessions';
import { ATTENDANCES, RISK_FLAGS, SESSION_TOPICS, SESSION_TYPES } from '../../../shared/enums/rehabilitation';
import { REHAB_VALIDATION, SESSION_MAX_DAYS_AHEAD } from '../../../shared/rehabilitation/validation';
import { who5Score } from '../../../shared/rehabilitation/who5';
import { relationTo } from '../access/relation';
import { appendAudit } from '../audit/audit-log';
import type { AppDb } from '../db/kysely';
import { nowIso, uuidv7 } from '../ids';
import { sessionsRepo } from '../repositories/counselling-sessions';
import { notesRepo } from '../repositories/counselling-notes';
import { usersRepo } from '../repositories/users';
import { plansRepo } from '../repositories/rehab-plans';
import type { Session } from '../session';
import { refuseField } from './residents-records';
import { readSettings } from './settings';
import { raiseRiskForFlags } from './counselling-risk';
import { sealNotes } from './sealed-notes';

/**
 * Counselling sessions: one row per session, one participant row per resident in it
 * (so a group session is one record). Who sees what is ACCESS_TABLE: `sessions` gives that
 * a session happened (date, type, attendance), `counselling` the clinical part (topics,
 * WHO-5, distress, risk flags, goals addressed); notes are sealed and fetched on their own.
 */
const SESSIONS_SHOWN = 200;
const stringList = z.array(z.string());

/** Whether this session may see (or record) the clinical part of this resident's sessions. */
export async function mayCounsel(session: Session, residentId: string, action: 'read' | 'change'): Promise<boolean> {
  const relation = await relationTo(session, residentId);
  return relation !== null && allows(session.user.role, relation, 'counselling', action);
}

export async function listSessions(session: Session, residentId: string): Promise<SessionView[]> {
  const clinical = await mayCounsel(session, residentId, 'read');
  const rows = await sessionsRepo.ofResident(session.db, residentId, SESSIONS_SHOWN);
  return rows.map((r) => ({
    id: r.id,
    type: z.enum(SESSION_TYPES).parse(r.type),
    title: r.title,
    startsAt: r.starts_at,
    durationMinutes: r.duration_minutes,
    counsellorId: r.counsellor_id,
    counsellorName: r.counsellor_name,
    attendance: z.enum(ATTENDANCES).parse(r.attendance),
    nextSessionOn: r.next_session_on,
    participantCount: Number(r.participant_count),
    hasNotes: clinical && Number(r.has_notes) === 1,
    clinical: clinical
      ? {
          topics: z.array(z.enum(SESSION_TOPICS)).parse(JSON.parse(r.topics)),
          topicsOther: r.topics_other,
          who5: r.who5 ? who5ItemsSchema.parse(JSON.parse(r.who5)) : null,
          who5Score: r.who5_score,
          distress: r.distress,
          riskFlags: z.array(z.enum(RISK_FLAGS)).parse(JSON.parse(r.risk_flags)),
          goalIds: stringList.parse(JSON.parse(r.goal_ids)),
        }
      : null,
  }));
}

async function checkCounsellor(db: AppDb, id: string): Promise<void> {
  const u = await usersRepo.byId(db, id);
  if (!u || u.disabled_at !== null || (u.role !== 'counsellor' && u.role !== 'manager'))
    refuseField('counsellorId', REHAB_VALIDATION.counsellorInvalid);
}

function dayOf(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

/** Not in the far future; for each resident, not before her admission (group: she was in the shelter that day). */
async function checkWhen(db: AppDb, startsAt: string, residents: { residentId: string; path: string }[], group: boolean): Promise<void> {
  if (Date.parse(startsAt) > Date.now() + SESSION_MAX_DAYS_AHEAD * 86_400_000) refuseField('startsAt', REHAB_VALIDATION.sessionTooFarAhead);
  const day = dayOf(startsAt, (await readSettings(db)).timeZone);
  for (const { residentId, path } of residents) {
    const first = await sessionsRepo.firstAdmission(db, residentId);
    if (first?.admitted_on && day < first.admitted_on) refuseField(group ? path : 'startsAt', REHAB_VALIDATION.sessionBeforeAdmission);
    // Only for a day already begun: she may be away now and back by a scheduled session.
    if (group && day <= dayOf(new Date().toISOString(), 'UTC') && !(await sessionsRepo.stayOn(db, residentId, day)))
      refuseField(path, REHAB_VALIDATION.notInShelter);
  }
}

function participantRow(sessionId: string, startsAt: string, p: ParticipantInput, clinical: boolean) {
  return {
    session_id: sessionId,
    resident_id: p.residentId,
    starts_at: startsAt,
    attendance: p.attendance,
    who5: clinical && p.who5 ? JSON.stringify(p.who5) : null,
    who5_score: clinical && p.who5 ? who5Score(p.who5) : null,
    distress: clinical ? p.distress : null,
    risk_flags: JSON.stringify(clinical ? [...new Set(p.riskFlags)] : []),
    goal_ids: JSON.stringify(clinical ? [...new Set(p.goalIds)] : []),
  };
}

interface Common {
  id?: string;
  startsAt: string;
  durationMinutes: number;
  counsellorId: string;
  topics: string[];
  topicsOther: string;
  nextSessionOn: string | null;
  notes: string | null;
}

/** Writes the session, its participants, its sealed notes and any newly raised risk flag, in one transaction. */
async function writeSession(
  session: Session,
  s: Common & { type: string; title: string | null },
  participants: ParticipantInput[],
  /** Whose draft of notes this save ends: her own session's, or the group's (kept under any resident). */
  draft: { residentId: string } | 'group',
): Promise<string> {
  const db = session.db;
  const existing = s.id ? await sessionsRepo.session(db, s.id) : undefined;
  if (s.id && !existing) throw new AppError('NOT_FOUND', 'no such session');
  if (existing) {
    const had = (await sessionsRepo.participants(db, existing.id)).map((p) => p.resident_id);
    // A session is edited from one of its residents' files; the gate checked that one.
    if (!participants.some((p) => had.includes(p.residentId))) throw new AppError('NOT_FOUND', 'no such session');
  }
  await checkCounsellor(db, s.counsellorId);
  for (const [i, p] of participants.entries()) {
    const goals = [...new Set(p.goalIds)];
    if ((await plansRepo.countGoalsOf(db, p.residentId, goals)) !== goals.length)
      refuseField(participants.length > 1 ? `participants.${i}.goalIds` : 'participant.goalIds', REHAB_VALIDATION.goalNotInPlan);
  }
  const id = existing?.id ?? uuidv7();
  const sealed =
    s.notes === null
      ? undefined
      : s.notes === ''
        ? null
        : session.withCategoryKey('counselling_notes', (key) => sealNotes(key, id, s.notes!));
  const at = nowIso();
  const me = session.user.id;
  await db.transaction().execute(async (trx) => {
    await sessionsRepo.upsertSession(trx, {
      id,
      type: s.type,
      title: s.title,
      starts_at: s.startsAt,
      duration_minutes: s.durationMinutes,
      counsellor_id: s.counsellorId,
      topics: JSON.stringify([...new Set(s.topics)]),
      topics_other: s.topicsOther,
      next_session_on: s.nextSessionOn,
      sealed_notes: sealed === undefined ? (existing?.sealed_notes ?? null) : sealed,
      created_at: at,
      created_by: me,
      updated_at: at,
      updated_by: me,
    });
    await sessionsRepo.deleteParticipantsExcept(
      trx,
      id,
      participants.map((p) => p.residentId),
    );
    for (const p of participants) {
      await sessionsRepo.upsertParticipant(trx, participantRow(id, s.startsAt, p, true));
      await raiseRiskForFlags(trx, { sessionId: id, residentId: p.residentId, flags: p.riskFlags, actorId: me, at });
    }
    if (draft === 'group') await notesRepo.deleteDraftsOfKey(trx, me, GROUP_SESSION_DRAFT);
    else await notesRepo.deleteDraft(trx, me, draft.residentId, s.id ?? NEW_SESSION_DRAFT);
    await appendAudit(trx, {
      action: 'counselling.session_saved',
      actorId: me,
      targetType: 'counselling_session',
      targetId: id,
      at,
      details: {
        type: s.type,
        participants: participants.length,
        notes: sealed === undefined ? 'unchanged' : sealed ? 'saved' : 'removed',
      },
    });
  });
  return id;
}

export async function saveSession(session: Session, input: SessionSave): Promise<SessionView[]> {
  await checkWhen(session.db, input.startsAt, [{ residentId: input.residentId, path: 'startsAt' }], false);
  const participant = { ...input.participant, residentId: input.residentId };
  await writeSession(session, { ...input, title: null }, [participant], { residentId: input.residentId });
  return listSessions(session, input.residentId);
}

/** A group session names several residents: each must be one whose counselling this session may record. */
export async function saveGroupSession(session: Session, input: GroupSessionSave): Promise<{ id: string }> {
  for (const [i, p] of input.participants.entries()) {
    if (!(await mayCounsel(session, p.residentId, 'change')))
      throw new AppError('RESIDENT_NOT_ASSIGNED', `participant ${i} is not a resident whose counselling you record`);
  }
  await checkWhen(
    session.db,
    input.startsAt,
    input.participants.map((p, i) => ({ residentId: p.residentId, path: `participants.${i}.residentId` })),
    true,
  );
  const id = await writeSession(session, { ...input, type: 'group' }, input.participants, 'group');
  return { id };
}
