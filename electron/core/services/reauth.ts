import { AppError } from '../../../shared/errors';
import { findUserSlot, openSlot, usernameLookup } from '../vault/keyring';
import { requireSession, type CoreState } from '../state';

/**
 * The signed-in person types their password again before a change that decides who can
 * read the shelter's data or where copies of it go (backup recipients, the scheduled
 * folder): an unlocked, unattended screen or a compromised window is not enough. Same
 * throttle as sign-in, so this is no guessing oracle.
 */
export async function confirmPassword(state: CoreState, password: string | undefined, field = 'password'): Promise<void> {
  const session = requireSession(state);
  if (password === undefined)
    throw new AppError('REAUTH_REQUIRED', 'type the password again for this change', {
      fields: [{ path: field, code: 'required', message: 'required' }],
    });
  const keyring = state.vault.keyring();
  const lookup = usernameLookup(keyring, session.user.username);
  const wait = state.throttle.waitMs(lookup);
  if (wait > 0) throw new AppError('THROTTLED', 'too many failed attempts', { retryAfterMs: wait });
  state.throttle.assertWritable();
  const slot = findUserSlot(keyring, session.user.username);
  const key = slot ? await openSlot(keyring, slot, password) : null;
  if (!key) {
    const delay = state.throttle.recordFailure(lookup);
    throw new AppError('WRONG_CREDENTIALS', 'the password is wrong', {
      fields: [{ path: field, code: 'wrong', message: 'wrong' }],
      ...(delay > 0 ? { retryAfterMs: delay } : {}),
    });
  }
  key.fill(0);
  state.throttle.recordSuccess(lookup);
}
