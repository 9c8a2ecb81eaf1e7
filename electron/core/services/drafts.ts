import type { Session } from '../session';
import { draftsRepo } from '../repositories/drafts';
import { nowIso } from '../ids';

export async function saveDraft(session: Session, formKey: string, data: Record<string, unknown>): Promise<{ savedAt: string }> {
  const savedAt = nowIso();
  await draftsRepo.put(session.db, session.user.id, formKey, JSON.stringify(data), savedAt);
  return { savedAt };
}

export async function getDraft(session: Session, formKey: string) {
  const row = await draftsRepo.get(session.db, session.user.id, formKey);
  return row ? { data: JSON.parse(row.data) as Record<string, unknown>, savedAt: row.updated_at } : null;
}

export async function discardDraft(session: Session, formKey: string): Promise<Record<string, never>> {
  await draftsRepo.remove(session.db, session.user.id, formKey);
  return {};
}
