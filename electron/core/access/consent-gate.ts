import { AppError } from '../../../shared/errors';
import type { SharingCategory } from '../../../shared/enums/sharing';
import type { AppDb } from '../db/kysely';
import { accessRepo } from '../repositories/access';
import { hasConsent } from '../services/residents-consent';
import type { Session } from '../session';

/**
 * The consent gates: every path by which data about a resident leaves the shelter asks
 * here first. A refusal is CONSENT_REQUIRED whose field names the consent missing, so the
 * screen can say which and open the Consent tab.
 */

export async function requireSharingConsent(
  db: AppDb,
  residentId: string,
  partner: { id: string; type: string },
  categories: readonly SharingCategory[],
  on?: string,
): Promise<void> {
  if (await hasConsent(db, residentId, 'sharing', { partner, categories, on })) return;
  throw new AppError('CONSENT_REQUIRED', 'no sharing consent in force covers this partner and these categories', {
    fields: [{ path: 'consent', code: 'sharing', message: categories.join(',') }],
  });
}

/** Recording a follow-up contact after she left (Reintegration) needs her `follow_up_contact` consent. */
export async function requireFollowUpContactConsent(db: AppDb, residentId: string, on?: string): Promise<void> {
  if (await hasConsent(db, residentId, 'follow_up_contact', { on })) return;
  throw new AppError('CONSENT_REQUIRED', 'no follow-up contact consent in force', {
    fields: [{ path: 'consent', code: 'follow_up_contact', message: 'follow_up_contact' }],
  });
}

/**
 * Who may record an override (legal obligation, threat to life): a manager, or the social
 * worker assigned to this resident (not one who broke the glass, not any social worker).
 */
export async function requireOverrideRight(session: Session, residentId: string): Promise<void> {
  if (session.user.role === 'manager') return;
  const r = await accessRepo.assignment(session.db, residentId);
  if (session.user.role === 'social_worker' && r?.social_worker_id === session.user.id) return;
  throw new AppError('PERMISSION_DENIED', 'only a manager or the assigned social worker may override consent');
}
