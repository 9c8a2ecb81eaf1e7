import type { AccessRelation } from '../../../shared/access/table';
import type { ResidentAccessMode } from '../../../shared/access/mode';
import type { AppDb } from '../db/kysely';
import { accessRepo } from '../repositories/access';
import type { Session } from '../session';

/** The shelter's "who may open a resident's file" setting (absent: a new vault, need-to-know). */
export async function residentAccessMode(db: AppDb): Promise<ResidentAccessMode> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'residentAccess').executeTakeFirst();
  return row && (JSON.parse(row.value) as unknown) === 'all' ? 'all' : 'assigned';
}

/**
 * Who the viewer sees in full: everyone (`null`), or the residents assigned to her plus
 * those she broke the glass for. Lists use it to show the others with code, first name and
 * room only.
 */
export interface Viewer {
  userId: string;
  /** null: every resident is hers to see (manager, or the shelter opens every file). */
  restricted: null | { userId: string; brokenGlass: ReadonlySet<string> };
}

export async function viewerOf(session: Session): Promise<Viewer> {
  const userId = session.user.id;
  if (session.user.role === 'manager') return { userId, restricted: null };
  if ((await residentAccessMode(session.db)) === 'all') return { userId, restricted: null };
  return { userId, restricted: { userId, brokenGlass: session.brokenGlass } };
}

type Assignment = { id: string; counsellor_id: string | null; social_worker_id: string | null };

/** Whether the viewer sees this resident in full. */
export function seesInFull(viewer: Viewer, r: Assignment): boolean {
  const v = viewer.restricted;
  return !v || r.counsellor_id === v.userId || r.social_worker_id === v.userId || v.brokenGlass.has(r.id);
}

/** Her relation to one resident, or null when there is no such resident. */
export async function relationTo(session: Session, residentId: string): Promise<AccessRelation | null> {
  const r = await accessRepo.assignment(session.db, residentId);
  if (!r) return null;
  const viewer = await viewerOf(session);
  const v = viewer.restricted;
  if (!v || r.counsellor_id === v.userId || r.social_worker_id === v.userId) return 'assigned';
  return v.brokenGlass.has(r.id) ? 'broken_glass' : 'not_assigned';
}
