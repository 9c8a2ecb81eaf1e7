import { AppError } from '../../../shared/errors';
import type { ErasureApproval } from '../../../shared/domain/erasure';
import { findUserSlot, openSlot, usernameLookup } from '../vault/keyring';
import { normaliseRecoveryKey } from '../vault/recovery-key';
import type { CoreState } from '../state';
import type { Session } from '../session';

/** Same throttle key as recovery at sign-in: typing recovery keys here is no second guessing oracle. */
const RECOVERY_LOOKUP = 'recovery-key';

/**
 * Four eyes before an erasure: a second, active manager account (not the one signed in)
 * types its password, or someone types the recovery key. Throttled like sign-in.
 */
export async function checkErasureApproval(
  state: CoreState,
  session: Session,
  approval: ErasureApproval,
): Promise<'manager' | 'recovery_key'> {
  const keyring = state.vault.keyring();
  const lookup = approval.method === 'manager' ? usernameLookup(keyring, approval.username) : RECOVERY_LOOKUP;
  const wait = state.throttle.waitMs(lookup);
  if (wait > 0) throw new AppError('THROTTLED', 'too many failed attempts', { retryAfterMs: wait });
  state.throttle.assertWritable();
  const slot = approval.method === 'manager' ? findUserSlot(keyring, approval.username) : keyring.slots.find((s) => s.kind === 'recovery');
  if (approval.method === 'manager' && slot?.userId === session.user.id)
    throw new AppError('ERASE_SAME_ACCOUNT', 'a second manager, not the one signed in, must approve an erasure', {
      fields: [{ path: 'approval.username', code: 'same_account', message: 'same account' }],
    });
  const secret = approval.method === 'manager' ? approval.password : normaliseRecoveryKey(approval.recoveryKey);
  const key = slot && secret ? await openSlot(keyring, slot, secret) : null;
  if (!key) {
    const delay = state.throttle.recordFailure(lookup);
    const path = approval.method === 'manager' ? 'approval.password' : 'approval.recoveryKey';
    throw new AppError(
      approval.method === 'manager' ? 'WRONG_CREDENTIALS' : 'RECOVERY_KEY_INVALID',
      'the approval does not open this vault',
      {
        fields: [{ path, code: 'wrong', message: 'wrong' }],
        ...(delay > 0 ? { retryAfterMs: delay } : {}),
      },
    );
  }
  key.fill(0);
  state.throttle.recordSuccess(lookup);
  if (approval.method === 'recoveryKey') return 'recovery_key';
  const approver = await session.db.selectFrom('users').select(['role', 'disabled_at']).where('id', '=', slot!.userId!).executeTakeFirst();
  if (!approver || approver.role !== 'manager' || approver.disabled_at !== null)
    throw new AppError('ERASE_APPROVER_NOT_MANAGER', 'only another active manager can approve an erasure', {
      fields: [{ path: 'approval.username', code: 'not_manager', message: 'not a manager' }],
    });
  return 'manager';
}
