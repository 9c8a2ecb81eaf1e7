import { AppError } from '../../../shared/errors';
import type { SessionUser, UserSummary } from '../../../shared/domain/user';
import type { LOCK_REASONS } from '../../../shared/contract/channels/auth';
import type { Role } from '../../../shared/roles';
import { SEALED_CATEGORY_IDS, type SealedCategory } from '../../../shared/sealed-categories';
import type { Keyring, KeyringSlot } from '../../../shared/files/keyring';
import {
  burnAttempt,
  findUserSlot,
  makeRecoverySlot,
  makeUserSlot,
  unlockSlot,
  usernameLookup,
  wipeUnlocked,
  withRecoverySlot,
  withUserSlot,
  type UnlockedSlot,
} from '../vault/keyring';
import { isWeakerThanDefault } from '../vault/kdf';
import { normaliseRecoveryKey } from '../vault/recovery-key';
import type { OpenVault } from '../vault/vault';
import { usersRepo, toUserSummary } from '../repositories/users';
import { appendAudit } from '../audit/audit-log';
import { saveKeyringAnchored } from '../audit/anchor';
import { reapplyErasures, verifiedErasures } from '../rights/erasure';
import { nowIso } from '../ids';
import { Session } from '../session';
import { requireSession, type CoreState } from '../state';
import { readSettings } from './settings';
import { assertStrongPassword } from './passwords';
import { categoryKeysForRole, grantForRole, keysForRole, reconcileWraps, resolveCategoryKeys, settleWraps } from './vault-keys';
import { sealPlainDocuments } from './sealed-documents';
import { disableAccountsWithoutSlot } from './account-repair';
import { prunePreviousCopies } from './previous-copies';
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
export async function closingOnFailure<T>(
  opened: OpenVault,
  dek: Buffer,
  fn: () => Promise<T>,
  categories?: Map<SealedCategory, Buffer>,
): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (opened.sqlite.open) opened.sqlite.close();
    dek.fill(0);
    for (const k of categories?.values() ?? []) k.fill(0);
    throw e;
  }
}

/** Common tail of setup, sign-in and recovery: audit, bookkeeping, then the session. */
export async function startSession(
  state: CoreState,
  opened: OpenVault,
  dek: Buffer,
  user: UserSummary,
  categories: Map<SealedCategory, Buffer> = new Map(),
): Promise<SessionUser> {
  return closingOnFailure(
    opened,
    dek,
    async () => {
      const at = nowIso();
      const pending = state.throttle.peekPending();
      const users = pending.length ? await usersRepo.all(opened.db) : [];
      const keyring = pending.length ? state.vault.keyring() : null;
      // Every read before the first write: a damaged page found here leaves the file untouched.
      const settings = await readSettings(opened.db);
      // Erasures the keyring records and the database still holds (a crash mid-erasure) are finished before anyone reads.
      const reapplied = state.vault.exists() ? reapplyErasures(opened.sqlite, verifiedErasures(state.vault.keyring(), dek)) : 0;
      await opened.db.transaction().execute(async (trx) => {
        if (reapplied) await appendAudit(trx, { action: 'resident.erasure_reapplied', actorId: null, details: { count: reapplied } });
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
      state.session.setCategoryKeys(categories);
      return state.session.user;
    },
    categories,
  );
}

/**
 * After the data key opened the database: the category keys this role starts with, and
 * the keyring brought up to date, before the session starts. A version-1 slot (or one
 * with weaker KDF parameters) is rebuilt from the password just typed; wraps are then
 * reconciled (shared/sealed-categories.ts rule), all in one atomic keyring write.
 */
async function settleSignInKeys(
  state: CoreState,
  opened: OpenVault,
  unlocked: UnlockedSlot,
  rebuild: { userId: string; username: string; password: string; role: Role } | null,
  role: Role,
): Promise<Map<SealedCategory, Buffer>> {
  const keyring = state.vault.keyring();
  const categories = categoryKeysForRole(keyring, unlocked.dek, role, unlocked.categories);
  let next: Keyring = keyring;
  if (rebuild) {
    const slot = await makeUserSlot(
      next,
      grantForRole(unlocked.dek, categories, rebuild.role),
      rebuild.userId,
      rebuild.username,
      rebuild.password,
    );
    next = withUserSlot(next, rebuild.userId, slot);
  }
  next = reconcileWraps(next, await usersRepo.all(opened.db), unlocked.dek, categories);
  if (JSON.stringify(next) !== JSON.stringify(keyring)) state.vault.saveKeyring(next);
  return categories;
}

/** Rows written before sealing (or while nobody entitled signed in) are sealed now, in one transaction. */
async function sealPending(state: CoreState): Promise<void> {
  const session = requireSession(state);
  if (!session.heldCategories().includes('documents')) return;
  const count = await session.withCategoryKey('documents', (key) => sealPlainDocuments(session.db, key));
  if (count) await appendAudit(session.db, { action: 'vault.documents_sealed', actorId: session.user.id, details: { count } });
}

export async function signIn(state: CoreState, username: string, password: string): Promise<SessionUser> {
  if (!state.vault.exists()) throw new AppError('VAULT_MISSING', 'no vault in the data folder');
  const keyring = state.vault.keyring();
  const lookup = usernameLookup(keyring, username);
  const wait = state.throttle.waitMs(lookup);
  if (wait > 0) throw new AppError('THROTTLED', 'too many failed attempts', { retryAfterMs: wait });
  state.throttle.assertWritable();

  const slot = findUserSlot(keyring, username);
  const unlocked = slot ? await unlockSlot(keyring, slot, password) : (await burnAttempt(password), null);
  if (!slot || !unlocked) {
    const delay = state.throttle.recordFailure(lookup);
    throw new AppError('WRONG_CREDENTIALS', 'wrong username or password', delay > 0 ? { retryAfterMs: delay } : {});
  }
  const dek = unlocked.dek;
  const opened = await state.vault.open(dek).catch((e: unknown) => {
    wipeUnlocked(unlocked);
    throw e;
  });
  const row = await closingOnFailure(
    opened,
    dek,
    async () => {
      const r = await usersRepo.byId(opened.db, slot.userId!);
      if (!r || r.username !== username || r.disabled_at) {
        throw new AppError(r?.disabled_at ? 'ACCOUNT_DISABLED' : 'WRONG_CREDENTIALS', 'account cannot sign in');
      }
      return r;
    },
    unlocked.categories,
  );
  state.throttle.recordSuccess(lookup);
  const weakKdf = isWeakerThanDefault(slot.kdf);
  const role = row.role as Role;
  const categories = await closingOnFailure(
    opened,
    dek,
    () => settleSignInKeys(state, opened, unlocked, unlocked.legacy || weakKdf ? { userId: row.id, username, password, role } : null, role),
    unlocked.categories,
  );
  const user = await startSession(state, opened, dek, toUserSummary(row), categories);
  const session = requireSession(state);
  if (unlocked.legacy)
    await appendAudit(session.db, { action: 'auth.keys_upgraded', actorId: row.id, targetType: 'user', targetId: row.id });
  else if (weakKdf) await appendAudit(session.db, { action: 'auth.kdf_upgraded', actorId: row.id, targetType: 'user', targetId: row.id });
  await disableAccountsWithoutSlot(state, session);
  await sealPending(state);
  await prunePreviousCopies(session, state.vault.paths.dir, (await readSettings(session.db)).previousRetentionDays, state.now());
  return user;
}

export async function lock(state: CoreState, reason: LockReason): Promise<void> {
  const session = state.session;
  if (!session) return;
  try {
    await appendAudit(session.db, { action: 'auth.lock', actorId: session.user.id, details: { reason } });
    // A failed write only leaves the anchor behind, as a crash would: locking must go on.
    await saveKeyringAnchored(state, state.vault.keyring()).catch(() => undefined);
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
  const target = await usersRepo.byId(session.db, userId);
  if (!target) throw new AppError('NOT_FOUND', 'no such user');
  // A fresh key pair: the keys this session holds for the account's role are sealed to it.
  const slot = await session.withKeys((dek, held) =>
    makeUserSlot(keyring, grantForRole(dek, held, target.role as Role), userId, username, password),
  );
  await saveKeyringAnchored(state, withUserSlot(keyring, userId, slot));
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
  // Keeps the transitional copies in step (the account may have been one they waited for).
  await settleWraps(state, session);
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

/**
 * The recovery slot opened with a typed recovery key, throttled like sign-in; `check`
 * runs after the throttle and before the (slow) attempt. The caller records success.
 */
async function openRecoverySlot(
  state: CoreState,
  recoveryKey: string,
  check?: () => void,
): Promise<{ slot: KeyringSlot; unlocked: UnlockedSlot; normalised: string }> {
  const wait = state.throttle.waitMs(RECOVERY_LOOKUP);
  if (wait > 0) throw new AppError('THROTTLED', 'too many failed attempts', { retryAfterMs: wait });
  state.throttle.assertWritable();
  check?.();
  const normalised = normaliseRecoveryKey(recoveryKey);
  const keyring = state.vault.keyring();
  const slot = keyring.slots.find((s) => s.kind === 'recovery');
  const unlocked = normalised && slot ? await unlockSlot(keyring, slot, normalised) : null;
  if (!unlocked || !slot || !normalised) {
    const delay = state.throttle.recordFailure(RECOVERY_LOOKUP);
    throw new AppError('RECOVERY_KEY_INVALID', 'recovery key does not open this vault', {
      fields: [{ path: 'recoveryKey', code: 'invalid', message: 'invalid' }],
      ...(delay ? { retryAfterMs: delay } : {}),
    });
  }
  return { slot, unlocked, normalised };
}

/** Forgot password: the recovery key opens the vault and sets a new password for a manager. */
export async function recoverWithKey(state: CoreState, recoveryKey: string, username: string, newPassword: string): Promise<SessionUser> {
  if (!state.vault.exists()) throw new AppError('VAULT_MISSING', 'no vault in the data folder');
  const { slot, unlocked, normalised } = await openRecoverySlot(state, recoveryKey, () => assertStrongPassword(newPassword, 'newPassword'));
  const dek = unlocked.dek;
  const opened = await state.vault.open(dek).catch((e: unknown) => {
    wipeUnlocked(unlocked);
    throw e;
  });
  const row = await closingOnFailure(
    opened,
    dek,
    async () => {
      const r = await usersRepo.byUsername(opened.db, username);
      if (!r || r.role !== 'manager' || r.disabled_at) {
        throw new AppError('PERMISSION_DENIED', 'the recovery key resets an active manager account only', {
          fields: [{ path: 'username', code: 'notManager', message: 'notManager' }],
        });
      }
      return r;
    },
    unlocked.categories,
  );
  state.throttle.recordSuccess(RECOVERY_LOOKUP);
  const upgraded = unlocked.legacy || isWeakerThanDefault(slot.kdf);
  const categories = await closingOnFailure(
    opened,
    dek,
    () => settleRecoveryKeys(state, opened, unlocked, upgraded ? normalised : null),
    unlocked.categories,
  );
  await startSession(state, opened, dek, toUserSummary(row), categories);
  if (upgraded) await appendAudit(requireSession(state).db, { action: 'vault.recovery_upgraded', actorId: row.id });
  await replacePassword(state, row.id, row.username, newPassword, 'auth.password_recovered', { mustChange: false });
  await sealPending(state);
  return requireSession(state).user;
}

/**
 * The recovery slot is entitled to every category. A version-1 recovery slot is
 * rebuilt here from the recovery key just typed (the only moment it can be): it
 * receives every category key, from the transitional copy when needed.
 */
async function settleRecoveryKeys(
  state: CoreState,
  opened: OpenVault,
  unlocked: UnlockedSlot,
  recoveryKey: string | null,
): Promise<Map<SealedCategory, Buffer>> {
  const keyring = state.vault.keyring();
  const all = resolveCategoryKeys(keyring, unlocked.dek, SEALED_CATEGORY_IDS, unlocked.categories);
  try {
    let next: Keyring = keyring;
    if (recoveryKey) next = withRecoverySlot(next, await rebuildRecoverySlot(next, unlocked.dek, all, recoveryKey));
    const manager = keysForRole(all, 'manager');
    next = reconcileWraps(next, await usersRepo.all(opened.db), unlocked.dek, all);
    if (JSON.stringify(next) !== JSON.stringify(keyring)) state.vault.saveKeyring(next);
    return manager;
  } finally {
    for (const k of all.values()) k.fill(0);
  }
}

/**
 * Settings → Finish the upgrade: the manager types the recovery key once; a version-1
 * recovery slot is rebuilt from it and receives every category key this session holds
 * (a manager holds them all), then the transitional copies go when nothing else waits.
 */
export async function upgradeRecoverySlot(state: CoreState, recoveryKey: string): Promise<void> {
  const session = requireSession(state);
  const { unlocked, normalised } = await openRecoverySlot(state, recoveryKey);
  const keyring = state.vault.keyring();
  state.throttle.recordSuccess(RECOVERY_LOOKUP);
  try {
    if (!unlocked.legacy) return;
    const next = await session.withKeys(async (dek, held) => {
      const rebuilt = withRecoverySlot(keyring, await makeRecoverySlot(keyring, grantForRole(dek, held, 'recovery'), normalised));
      return reconcileWraps(rebuilt, await usersRepo.all(session.db), dek, held);
    });
    state.vault.saveKeyring(next);
    await appendAudit(session.db, { action: 'vault.recovery_upgraded', actorId: session.user.id });
  } finally {
    wipeUnlocked(unlocked);
  }
}

function rebuildRecoverySlot(keyring: Keyring, dek: Buffer, all: Map<SealedCategory, Buffer>, recoveryKey: string): Promise<KeyringSlot> {
  return makeRecoverySlot(keyring, grantForRole(dek, all, 'recovery'), recoveryKey);
}
