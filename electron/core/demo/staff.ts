import { randomBytes } from 'node:crypto';
import type { NewUser, UserSummary } from '../../../shared/domain/user';
import type { AppDb } from '../db/kysely';
import { usersRepo } from '../repositories/users';

/** Fictional names; a demo vault describes nobody real. */
const DEMO_STAFF = [
  { username: 'demo-counsellor-1', fullName: 'Immaculée Nyiraneza', role: 'counsellor' },
  { username: 'demo-counsellor-2', fullName: 'Espérance Uwimana', role: 'counsellor' },
  { username: 'demo-counsellor-3', fullName: 'Josiane Mukamana', role: 'counsellor' },
  { username: 'demo-social-1', fullName: 'Jean-Paul Habimana', role: 'social_worker' },
  { username: 'demo-social-2', fullName: 'Alice Umutoni', role: 'social_worker' },
  { username: 'demo-social-3', fullName: 'Eric Niyonzima', role: 'social_worker' },
] as const;

/** Assignments per transaction. */
const BATCH = 2000;

export interface DemoStaff {
  counsellorIds: string[];
  socialWorkerIds: string[];
  /** Accounts made this time (none when they were there already). */
  created: string[];
  /** The temporary password of the accounts made this time; each must choose her own at first sign-in. */
  temporaryPassword: string | null;
}

/**
 * A few counsellors and social workers for the site, made through the same user service as
 * Staff (`create`: key slots, audit), once: a second run finds them by username.
 */
export async function ensureDemoStaff(db: AppDb, create: (input: NewUser) => Promise<UserSummary>): Promise<DemoStaff> {
  const temporaryPassword = `Demo-${randomBytes(9).toString('base64url')}-7!`;
  const out: DemoStaff = { counsellorIds: [], socialWorkerIds: [], created: [], temporaryPassword: null };
  for (const s of DEMO_STAFF) {
    const existing = await usersRepo.byUsername(db, s.username);
    const id = existing?.id ?? (await create({ ...s, password: temporaryPassword })).id;
    if (!existing) {
      out.created.push(s.username);
      out.temporaryPassword = temporaryPassword;
    }
    if (existing?.disabled_at) continue;
    (s.role === 'counsellor' ? out.counsellorIds : out.socialWorkerIds).push(id);
  }
  return out;
}

/**
 * Gives every resident without one a counsellor and a social worker, in turn (the Access
 * assignment), so My week, My visits and My residents have people in them. Returns how many
 * residents were assigned.
 */
export async function assignDemoStaff(db: AppDb, staff: Pick<DemoStaff, 'counsellorIds' | 'socialWorkerIds'>): Promise<number> {
  if (staff.counsellorIds.length === 0 || staff.socialWorkerIds.length === 0) return 0;
  const ids = await db
    .selectFrom('residents')
    .select('id')
    .where((eb) => eb.or([eb('counsellor_id', 'is', null), eb('social_worker_id', 'is', null)]))
    .orderBy('row_num')
    .execute();
  for (let start = 0; start < ids.length; start += BATCH) {
    await db.transaction().execute(async (trx) => {
      for (let i = start; i < Math.min(start + BATCH, ids.length); i++) {
        await trx
          .updateTable('residents')
          .set((eb) => ({
            counsellor_id: eb.fn.coalesce('counsellor_id', eb.val(staff.counsellorIds[i % staff.counsellorIds.length]!)),
            social_worker_id: eb.fn.coalesce('social_worker_id', eb.val(staff.socialWorkerIds[i % staff.socialWorkerIds.length]!)),
          }))
          .where('id', '=', ids[i]!.id)
          .execute();
      }
    });
  }
  return ids.length;
}
