import { appendAudit } from '../audit/audit-log';
import { nowIso } from '../ids';
import { usersRepo } from '../repositories/users';
import type { Session } from '../session';
import type { CoreState } from '../state';

/**
 * Self-repair for vaults written before accounts were created whole (row first, slot
 * second): an active account without a keyring slot can never sign in, so it is
 * disabled and the audit log says why; the manager sees it in the staff list and can
 * re-enable it with a new password. Any sign-in runs this; it needs no key.
 */
export async function disableAccountsWithoutSlot(state: CoreState, session: Session): Promise<number> {
  const withSlot = new Set(state.vault.keyring().slots.map((s) => s.userId));
  const stranded = (await usersRepo.all(session.db)).filter((r) => !r.disabled_at && !withSlot.has(r.id) && r.id !== session.user.id);
  if (stranded.length === 0) return 0;
  await session.db.transaction().execute(async (trx) => {
    const at = nowIso();
    for (const r of stranded) {
      await usersRepo.update(trx, r.id, { disabled_at: at, updated_at: at, updated_by: session.user.id });
      await appendAudit(trx, { action: 'user.slot_missing', actorId: session.user.id, targetType: 'user', targetId: r.id });
    }
  });
  return stranded.length;
}
