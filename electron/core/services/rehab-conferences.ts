import { z } from 'zod';
import type { ConferenceSave, ConferenceView } from '../../../shared/domain/rehab-conferences';
import { conferenceViewSchema } from '../../../shared/domain/rehab-conferences';
import { appendAudit } from '../audit/audit-log';
import type { AppDb } from '../db/kysely';
import { nowIso, uuidv7 } from '../ids';
import { partnersRepo } from '../repositories/partners';
import { plansRepo } from '../repositories/rehab-plans';
import { usersRepo } from '../repositories/users';
import type { Session } from '../session';
import { refuseField } from './residents-records';
import { REHAB_VALIDATION } from '../../../shared/rehabilitation/validation';

/** Staff who hold files and so take part in a conference or own its actions; the reporting role does neither. */

/**
 * Case conferences: a dated team review of one resident. Social workers and counsellors
 * both record them; their decisions are listed with the plan's versions on the
 * Rehabilitation tab. Attendees from staff and the partner directory are kept by id.
 */
const stored = z.object({
  attendees: conferenceViewSchema.shape.attendees,
  actions: z.array(z.object({ description: z.string(), ownerId: z.string().nullable(), dueOn: z.string().nullable(), done: z.boolean() })),
});

export async function listConferences(db: AppDb, residentId: string): Promise<ConferenceView[]> {
  const rows = await plansRepo.conferences(db, residentId);
  const parsed = rows.map((r) => stored.parse({ attendees: JSON.parse(r.attendees), actions: JSON.parse(r.actions) }));
  const ids = (pick: (p: (typeof parsed)[number]) => (string | null)[]) => [
    ...new Set(parsed.flatMap(pick).filter((x): x is string => !!x)),
  ];
  // Staff and partners are stored by id (the form sends ids only) and named as the directory names them now.
  const staff = await plansRepo.userNames(
    db,
    ids((p) => [...p.actions.map((a) => a.ownerId), ...p.attendees.filter((a) => a.kind === 'staff').map((a) => a.refId)]),
  );
  const partners = await partnersRepo.names(
    db,
    ids((p) => p.attendees.filter((a) => a.kind === 'partner').map((a) => a.refId)),
  );
  const named = (a: (typeof parsed)[number]['attendees'][number]) => {
    const directory = a.kind === 'staff' ? staff : a.kind === 'partner' ? partners : null;
    return { ...a, name: (directory && a.refId ? directory.get(a.refId) : undefined) ?? a.name };
  };
  return rows.map((r, i) => ({
    id: r.id,
    heldOn: r.held_on,
    attendees: parsed[i]!.attendees.map(named),
    decisions: r.decisions,
    actions: parsed[i]!.actions.map((a) => ({ ...a, ownerName: a.ownerId ? (staff.get(a.ownerId) ?? null) : null })),
    nextReviewOn: r.next_review_on,
    createdByName: r.created_by_name,
  }));
}

export async function saveConference(session: Session, input: ConferenceSave): Promise<ConferenceView[]> {
  const db = session.db;
  for (const [i, a] of input.attendees.entries()) {
    if (a.kind === 'staff' && (!a.refId || !(await usersRepo.byId(db, a.refId))))
      refuseField(`attendees.${i}.refId`, REHAB_VALIDATION.responsibleInactive);
    if (a.kind === 'partner' && (!a.refId || !(await partnersRepo.byId(db, a.refId))))
      refuseField(`attendees.${i}.refId`, REHAB_VALIDATION.partnerUnknown);
  }
  for (const [i, a] of input.actions.entries()) {
    if (!a.ownerId) continue;
    const u = await usersRepo.byId(db, a.ownerId);
    if (!u || u.disabled_at !== null) refuseField(`actions.${i}.ownerId`, REHAB_VALIDATION.responsibleInactive);
  }
  const at = nowIso();
  const id = uuidv7();
  await db.transaction().execute(async (trx) => {
    await plansRepo.insertConference(trx, {
      id,
      resident_id: input.residentId,
      held_on: input.heldOn,
      attendees: JSON.stringify(input.attendees),
      decisions: input.decisions,
      actions: JSON.stringify(input.actions),
      next_review_on: input.nextReviewOn,
      created_at: at,
      created_by: session.user.id,
      updated_at: at,
      updated_by: session.user.id,
    });
    await appendAudit(trx, {
      action: 'rehab.conference_saved',
      actorId: session.user.id,
      targetType: 'resident',
      targetId: input.residentId,
      at,
      details: { conferenceId: id, attendees: input.attendees.length, actions: input.actions.length },
    });
  });
  return listConferences(db, input.residentId);
}
