import { AppError } from '../../../shared/errors';
import type { SessionUser, UserSummary } from '../../../shared/domain/user';
import type { LOCK_REASONS } from '../../../shared/contract/channels/auth';
import { burnAttempt, findUserSlot, makeUserSlot, openSlot, usernameLookup, withUserSlot } from '../vault/keyring';
import { isWeakerThanDefault } from '../vault/kdf';
import { normaliseRecoveryKey } from '../vault/recovery-key';
import type { OpenVault } from '../vault/vault';
import { usersRepo, toUserSummary } from '../repositories/users';
import { appendAudit } from '../audit/audit-log';
import { nowIso } from '../ids';
import { Session } from '../session';
import { requireSession, type CoreState } from '../state';
import { readSettings } from './settings';
import { assertStrongPassword } from './passwords';
import { confirmPassword } from './reauth';

type LockReason = (typeof LOCK_REASONS)[number];
const RECOVERY_LOOKUP = 'recovery-key';

function toSessionUser(u: UserSummary): SessionUser {
  return { id: u.id, username: u.username, fullName: u.fullName, role: u.role, mustChangePassword: u.mustChangePassword };
}

/**
 * Runs the steps between opening the vault and handing it to a session. On any failure
 * the connection is closed and the key wiped: nothing stays open, and SQLite's WAL files
 * are removed again, so a refused sign-in leaves the folder as it found it.
 */
export async function closingOnFailure<T>(opened: OpenVault, dek: Buffer, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (opened.sqlite.open) opened.sqlite.close();
    dek.fill(0);
    throw e;
  }
}

/** Common tail of setup, sign-in and recovery: audit, bookkeeping, then the session. */
export async function startSession(state: CoreState, opened: OpenVault, dek: Buffer, user: UserSummary): Promise<SessionUser> {
  return closingOnFailure(opened, dek, async () => {
    const at = nowIso();
    const pending = state.throttle.peekPending();
    const users = pending.length ? await usersRepo.all(opened.db) : [];
    const keyring = pending.length ? state.vault.keyring() : null;
    // Every read before the first write: a damaged page found here leaves the file untouched.
    const settings = await readSettings(opened.db);
    await opened.db.transaction().execute(async (trx) => {
      // Failed attempts happened while the database was locked; they enter the log now.
      for (const p of pending) {
        const who = users.find((u) => usernameLookup(keyring!, u.username) === p.lookup);
        await appendAudit(trx, {
          action: 'auth.sign_in_failed',
          actorId: null,
          at: p.at,
          ...(who ? { targetType: 'user', targetId: who.id } : {}),
          details: { knownUser: Boolean(who), recoveryKey: p.lookup === RECOVERY_LOOKUP },
        });
      }
      await usersRepo.update(trx, user.id, { last_sign_in_at: at });
      await appendAudit(trx, { action: 'auth.sign_in', actorId: user.id, targetType: 'user', targetId: user.id });
    });
    // Only now are the failures in the log; forgetting them earlier could lose them.
    state.throttle.forgetPending(pending.length);
    state.session?.close();
    state.session = new Session(opened.sqlite, opened.db, dek, toSessionUser(user), state.now(), settings.idleLockMinutes);
    return state.session.user;
  });
}

export async function signIn(state: CoreState, username: string, password: string): Promise<SessionUser> {
  if (!state.vault.exists()) throw new AppError('VAULT_MISSING', 'no vault in the data folder');
  const keyring = state.vault.keyring();
  const lookup = usernameLookup(keyring, username);
  const wait = state.throttle.waitMs(lookup);
  if (wait > 0) throw new AppError('THROTTLED', 'too many failed attempts', { retryAfterMs: wait });

  const slot = findUserSlot(keyring, username);
  const dek = slot ? await openSlot(keyring, slot, password) : (await burnAttempt(password), null);
  if (!slot || !dek) {
    const delay = state.throttle.recordFailure(lookup);
    throw new AppError('WRONG_CREDENTIALS', 'wrong username or password', delay > 0 ? { retryAfterMs: delay } : {});
  }
  const opened = await state.vault.open(dek).catch((e: unknown) => {
    dek.fill(0);
    throw e;
  });
  const row = await closingOnFailure(opened, dek, async () => {
    const r = await usersRepo.byId(opened.db, slot.userId!);
    if (!r || r.username !== username || r.disabled_at) {
      throw new AppError(r?.disabled_at ? 'ACCOUNT_DISABLED' : 'WRONG_CREDENTIALS', 'account cannot sign in');
    }
    return r;
  });
  state.throttle.recordSuccess(lookup);
  const user = await startSession(state, opened, dek, toUserSummary(row));
  if (isWeakerThanDefault(slot.kdf))
    await replacePassword(state, row.id, username, password, 'auth.kdf_upgraded', { mustChange: row.must_change_password === 1 });
  return user;
}

export async function lock(state: CoreState, reason: LockReason): Promise<void> {
  const session = state.session;
  if (!session) return;
  try {
    await appendAudit(session.db, { action: 'auth.lock', actorId: session.user.id, details: { reason } });
  } finally {
    session.close();
    state.session = null;
    state.events.emit('session.locked', { reason });
  }
}

/** Writes a new keyring slot for a user (new password) and records why. */
export async function replacePassword(
  state: CoreState,
  userId: string,
  username: string,
  password: string,
  action: 'auth.password_changed' | 'auth.password_recovered' | 'user.password_reset' | 'user.enabled' | 'auth.kdf_upgraded',
  opts: { mustChange: boolean },
): Promise<UserSummary> {
  const session = requireSession(state);
  const keyring = state.vault.keyring();
  const slot = await session.withDataKey((dek) => makeUserSlot(keyring, dek, userId, username, password));
  state.vault.saveKeyring(withUserSlot(keyring, userId, slot));
  await session.db.transaction().execute(async (trx) => {
    const patch: { must_change_password: number; updated_at: string; updated_by: string; disabled_at?: null } = {
      must_change_password: opts.mustChange ? 1 : 0,
      updated_at: nowIso(),
      updated_by: session.user.id,
    };
    if (action === 'user.enabled') patch.disabled_at = null;
    await usersRepo.update(trx, userId, patch);
    await appendAudit(trx, { action, actorId: session.user.id, targetType: 'user', targetId: userId });
  });
  const row = await usersRepo.byId(session.db, userId);
  if (session.user.id === userId) session.user = toSessionUser(toUserSummary(row!));
  return toUserSummary(row!);
}

export async function changeOwnPassword(state: CoreState, current: string, next: string): Promise<SessionUser> {
  const session = requireSession(state);
  // Same throttle as sign-in: an unlocked, unattended screen must not become a guessing oracle.
  await confirmPassword(state, current, 'currentPassword');
  assertStrongPassword(next, 'newPassword');
  await replacePassword(state, session.user.id, session.user.username, next, 'auth.password_changed', { mustChange: false });
  return session.user;
}

/** Forgot password: the recovery key opens the vault and sets a new password for a manager. */
export async function recoverWithKey(state: CoreState, recoveryKey: string, username: string, newPassword: string): Promise<SessionUser> {
  if (!state.vault.exists()) throw new AppError('VAULT_MISSING', 'no vault in the data folder');
  const wait = state.throttle.waitMs(RECOVERY_LOOKUP);
  if (wait > 0) throw new AppError('THROTTLED', 'too many failed attempts', { retryAfterMs: wait });
  assertStrongPassword(newPassword, 'newPassword');
  const normalised = normaliseRecoveryKey(recoveryKey);
  const keyring = state.vault.keyring();
  const slot = keyring.slots.find((s) => s.kind === 'recovery');
  const dek = normalised && slot ? await openSlot(keyring, slot, normalised) : null;
  if (!dek) {
    const delay = state.throttle.recordFailure(RECOVERY_LOOKUP);
    throw new AppError('RECOVERY_KEY_INVALID', 'recovery key does not open this vault', {
      fields: [{ path: 'recoveryKey', code: 'invalid', message: 'invalid' }],
      ...(delay ? { retryAfterMs: delay } : {}),
    });
  }
  const opened = await state.vault.open(dek).catch((e: unknown) => {
    dek.fill(0);
    throw e;
  });
  const row = await closingOnFailure(opened, dek, async () => {
    const r = await usersRepo.byUsername(opened.db, username);
    if (!r || r.role !== 'manager' || r.disabled_at) {
      throw new AppError('PERMISSION_DENIED', 'the recovery key resets an active manager account only', {
        fields: [{ path: 'username', code: 'notManager', message: 'notManager' }],
      });
    }
    return r;
  });
  state.throttle.recordSuccess(RECOVERY_LOOKUP);
  await startSession(state, opened, dek, toUserSummary(row));
  await replacePassword(state, row.id, row.username, newPassword, 'auth.password_recovered', { mustChange: false });
  return requireSession(state).user;
}
