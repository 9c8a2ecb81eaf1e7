import { GOAL_DOMAINS, SESSION_TOPICS, type GoalDomain } from '../../../shared/enums/rehabilitation';
import { who5Score } from '../../../shared/rehabilitation/who5';
import type { AppDb } from '../db/kysely';
import { nowIso, uuidv7 } from '../ids';
import { sessionsRepo } from '../repositories/counselling-sessions';
import { plansRepo } from '../repositories/rehab-plans';
import type { Session } from '../session';
import { sealNotes } from '../services/sealed-notes';
import { prng } from './residents-data';

/**
 * Rehabilitation history for the demo shelter (`amizero demo`, the benchmarks, crash
 * children): each resident gets a plan with a few goals and a series of fortnightly
 * sessions with WHO-5 that rises for most, stays flat for some and falls for a few; a
 * share of sessions is missed, a few carry notes (sealed with the signed-in account's
 * counselling-notes key). Written through the repositories in batches, like fill.ts.
 */
const BATCH = 500;
const DAY = 86_400_000;

const GOAL_TEXT: Record<GoalDomain, string> = {
  health: 'Regular check-ups at the health centre',
  psychosocial: 'Sleeps through most nights',
  legal_justice: 'Testimony prepared with legal aid',
  education: 'Back in school or a literacy class',
  livelihood: 'Completes a tailoring course',
  family_community: 'Family visit prepared with the social worker',
  safety: 'Safety plan agreed',
  housing: 'A safe place to live after discharge',
};

const NOTES = [
  'Talked about the journey and the people who recruited her. Calmer at the end.',
  'Sleeping badly; practised breathing. Wants to call her mother.',
  'Spoke about school plans; good energy today.',
];

export interface RehabFillOptions {
  seed: number;
  /** Sessions per resident (on average); 10 gives a million sessions for 100,000 residents. */
  sessionsPerResident?: number;
  /** Counsellor of the sessions of a resident with none assigned (default: the signed-in account). */
  counsellorId?: string;
  today?: Date;
  onProgress?: (done: number, total: number) => void;
}

type Trend = 'rising' | 'flat' | 'falling';

function clampItem(n: number): number {
  return Math.max(0, Math.min(5, Math.round(n)));
}

/** Gives every resident of the vault a plan and a history of sessions; returns how many sessions were written. */
export async function fillWithRehabilitation(session: Session, opts: RehabFillOptions): Promise<number> {
  const rnd = prng(opts.seed ^ 0x7e4a_b11e);
  const perResident = opts.sessionsPerResident ?? 10;
  const counsellorId = opts.counsellorId ?? session.user.id;
  const today = (opts.today ?? new Date()).getTime();
  const held = session.heldCategories().includes('counselling_notes');
  // Residents without a plan yet, so running the demo again only adds to the newcomers.
  const residents = await session.db
    .selectFrom('residents')
    .select(['id', 'admitted_on', 'counsellor_id'])
    // Her latest stay's end: sessions stay within it.
    .select((eb) =>
      eb
        .selectFrom('stays')
        .select('stays.discharged_on')
        .whereRef('stays.resident_id', '=', 'residents.id')
        .orderBy('stays.admitted_on', 'desc')
        .limit(1)
        .as('discharged_on'),
    )
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('rehab_plans').select('resident_id').whereRef('rehab_plans.resident_id', '=', 'residents.id'))),
    )
    .orderBy('row_num')
    .execute();
  let written = 0;
  for (let start = 0; start < residents.length; start += BATCH) {
    const batch = residents.slice(start, start + BATCH);
    await session.db.transaction().execute(async (trx) => {
      for (const r of batch) {
        const r0 = rnd();
        const trend: Trend = r0 < 0.7 ? 'rising' : r0 < 0.9 ? 'flat' : 'falling';
        const admitted = Date.parse(`${r.admitted_on}T09:00:00Z`);
        await writePlan(trx, session.user.id, r.id, admitted, rnd);
        const count = Math.max(1, Math.round(perResident * (0.5 + rnd())));
        let level = 1 + rnd() * 1.5;
        for (const at of sessionTimes(admitted, r.discharged_on, today, count, rnd)) {
          const future = at > today;
          const missed = !future && rnd() < 0.12;
          level += trend === 'rising' ? 0.3 : trend === 'falling' ? -0.15 : 0;
          const items = [0, 1, 2, 3, 4].map(() => clampItem(level + (rnd() - 0.5) * 1.5));
          const id = uuidv7(at);
          const startsAt = new Date(at).toISOString();
          const notes = !future && !missed && held && rnd() < 0.2 ? NOTES[Math.floor(rnd() * NOTES.length)]! : null;
          await sessionsRepo.upsertSession(trx, {
            id,
            type: 'individual',
            title: null,
            starts_at: startsAt,
            duration_minutes: 45 + Math.floor(rnd() * 4) * 15,
            counsellor_id: r.counsellor_id ?? counsellorId,
            topics: JSON.stringify([SESSION_TOPICS[Math.floor(rnd() * (SESSION_TOPICS.length - 1))]]),
            topics_other: '',
            next_session_on: new Date(at + 14 * DAY).toISOString().slice(0, 10),
            sealed_notes: notes ? session.withCategoryKey('counselling_notes', (key) => sealNotes(key, id, notes)) : null,
            created_at: startsAt,
            created_by: session.user.id,
            updated_at: startsAt,
            updated_by: session.user.id,
          });
          const recorded = !future && !missed;
          await sessionsRepo.upsertParticipant(trx, {
            session_id: id,
            resident_id: r.id,
            starts_at: startsAt,
            attendance: future ? 'scheduled' : missed ? 'missed' : 'attended',
            who5: recorded ? JSON.stringify(items) : null,
            who5_score: recorded ? who5Score(items) : null,
            distress: recorded ? Math.max(0, Math.min(10, Math.round(8 - level * 1.4 + (rnd() - 0.5) * 2))) : null,
            risk_flags: '[]',
            goal_ids: '[]',
          });
          written++;
        }
      }
    });
    opts.onProgress?.(Math.min(start + BATCH, residents.length), residents.length);
  }
  return written;
}

/**
 * When her sessions are held: spread over her stay (every 2 to 14 days), never before she
 * came or after she left; one booked in the coming week for those still in the shelter.
 */
function sessionTimes(admitted: number, dischargedOn: string | null, today: number, count: number, rnd: () => number): number[] {
  const end = dischargedOn ? Date.parse(`${dischargedOn}T09:00:00Z`) : today;
  const step = Math.min(14 * DAY, Math.max(2 * DAY, Math.floor((end - admitted) / (count + 1))));
  const times: number[] = [];
  for (let k = 1; k <= count; k++) {
    const at = admitted + k * step + Math.floor(rnd() * 8) * 3_600_000;
    if (at > end) break;
    times.push(at);
  }
  if (!dischargedOn) times.push(today + (1 + Math.floor(rnd() * 6)) * DAY + Math.floor(rnd() * 8) * 3_600_000);
  return times;
}

async function writePlan(db: AppDb, actorId: string, residentId: string, admitted: number, rnd: () => number): Promise<void> {
  const at = nowIso();
  const review = new Date(admitted + (60 + Math.floor(rnd() * 60)) * DAY).toISOString().slice(0, 10);
  await plansRepo.upsertPlan(db, {
    resident_id: residentId,
    next_review_on: review,
    version: 1,
    created_at: at,
    created_by: actorId,
    updated_at: at,
    updated_by: actorId,
  });
  const goals = 2 + Math.floor(rnd() * 3);
  const first = Math.floor(rnd() * GOAL_DOMAINS.length);
  for (let g = 0; g < goals; g++) {
    const domain = GOAL_DOMAINS[(first + g * 3) % GOAL_DOMAINS.length]!;
    const s = rnd();
    await plansRepo.upsertGoal(db, {
      id: uuidv7(),
      resident_id: residentId,
      position: g,
      domain,
      description: GOAL_TEXT[domain],
      target_on: new Date(admitted + (90 + g * 30) * DAY).toISOString().slice(0, 10),
      responsible_id: actorId,
      status: s < 0.35 ? 'achieved' : s < 0.8 ? 'in_progress' : 'not_started',
      dropped_reason: null,
      created_at: at,
      created_by: actorId,
      updated_at: at,
      updated_by: actorId,
    });
  }
}
