import { AppError } from '../../../shared/errors';
import type { NewUser, UserSummary } from '../../../shared/domain/user';
import type { Role } from '../../../shared/roles';
import { isLegacySlot, makeUserSlot, withUserSlot } from '../vault/keyring';
import { categoriesForRole } from '../../../shared/sealed-categories';
import { grantForRole, reconcileWraps } from './vault-keys';
import { usersRepo, toUserSummary } from '../repositories/users';
import { appendAudit } from '../audit/audit-log';
import { nowIso, uuidv7 } from '../ids';
import type { CoreState } from '../state';
import type { Session } from '../session';
import { assertStrongPassword } from './passwords';
import { replacePassword } from './auth';
import { saveKeyringAnchored } from '../audit/anchor';

export async function listUsers(session: Session): Promise<UserSummary[]> {
  return (await usersRepo.all(session.db)).map(toUserSummary);
}

async function mustFind(session: Session, id: string) {
  const row = await usersRepo.byId(session.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'no such user');
  return row;
}

/**
 * New accounts get a temporary password from the manager and must change it on first sign-in.
 * Created whole: the keyring slot is written first, then the row. A crash in between
 * leaves a slot without an account, which the next sign-in removes (reconcileWraps);
 * never an active account that cannot sign in.
 */
export async function createUser(state: CoreState, session: Session, input: NewUser): Promise<UserSummary> {
  assertStrongPassword(input.password, 'password');
  if (await usersRepo.byUsername(session.db, input.username)) {
    throw new AppError('USERNAME_TAKEN', 'username already in use', { fields: [{ path: 'username', code: 'taken', message: 'taken' }] });
  }
  const id = uuidv7();
  const at = nowIso();
  const keyring = state.vault.keyring();
  const slot = await session.withKeys((dek, held) =>
    makeUserSlot(keyring, grantForRole(dek, held, input.role), id, input.username, input.password),
  );
  await saveKeyringAnchored(state, withUserSlot(state.vault.keyring(), id, slot));
  await session.db.transaction().execute(async (trx) => {
    await usersRepo.insert(trx, {
      id,
      username: input.username,
      full_name: input.fullName,
      role: input.role,
      disabled_at: null,
      must_change_password: 1,
      last_sign_in_at: null,
      created_at: at,
      created_by: session.user.id,
      updated_at: at,
      updated_by: session.user.id,
    });
    await appendAudit(trx, {
      action: 'user.created',
      actorId: session.user.id,
      targetType: 'user',
      targetId: id,
      details: { role: input.role },
    });
  });
  return toUserSummary((await usersRepo.byId(session.db, id))!);
}

async function assertNotLastManager(session: Session, userId: string, nextRole: Role | null): Promise<void> {
  const row = await mustFind(session, userId);
  if (row.role !== 'manager' || row.disabled_at || nextRole === 'manager') return;
  if ((await usersRepo.countActiveManagers(session.db)) <= 1) {
    throw new AppError('LAST_MANAGER', 'at least one active manager must remain');
  }
}

/**
 * A role change gains or loses category wraps at once: the manager's session holds the
 * keys and seals them to the colleague's public key (no password needed). The keyring
 * is written first with the new role's wraps; a crash before the row changes is
 * undone by the next sign-in's reconciliation. An account still on a version-1 slot
 * cannot receive a key: a change that would give it one is refused until it has signed
 * in once or had its password reset.
 */
async function rewrapForRole(state: CoreState, session: Session, userId: string, role: Role): Promise<void> {
  const keyring = state.vault.keyring();
  const slot = keyring.slots.find((s) => s.kind === 'user' && s.userId === userId);
  const before = (await usersRepo.byId(session.db, userId))!.role as Role;
  const gains = categoriesForRole(role).filter((c) => !categoriesForRole(before).includes(c));
  if (slot && isLegacySlot(slot) && gains.length)
    throw new AppError('ACCOUNT_KEYS_NOT_UPGRADED', 'the account has a version-1 key slot and cannot receive category keys yet');
  const rows = (await usersRepo.all(session.db)).map((r) => (r.id === userId ? { ...r, role } : r));
  const next = session.withKeys((dek, held) => reconcileWraps(keyring, rows, dek, held));
  state.vault.saveKeyring(next);
}

export async function updateUser(
  state: CoreState,
  session: Session,
  input: { id: string; fullName?: string; role?: Role },
): Promise<UserSummary> {
  const row = await mustFind(session, input.id);
  if (input.role && input.role !== row.role) await assertNotLastManager(session, input.id, input.role);
  const changed: string[] = [];
  if (input.fullName !== undefined && input.fullName !== row.full_name) changed.push('fullName');
  const roleChanged = input.role !== undefined && input.role !== row.role;
  if (changed.length === 0 && !roleChanged) return toUserSummary(row);
  if (roleChanged) await rewrapForRole(state, session, input.id, input.role!);
  await session.db.transaction().execute(async (trx) => {
    await usersRepo.update(trx, input.id, {
      ...(input.fullName !== undefined ? { full_name: input.fullName } : {}),
      ...(input.role !== undefined ? { role: input.role } : {}),
      updated_at: nowIso(),
      updated_by: session.user.id,
    });
    if (changed.length)
      await appendAudit(trx, {
        action: 'user.updated',
        actorId: session.user.id,
        targetType: 'user',
        targetId: input.id,
        details: { fields: changed },
      });
    if (roleChanged)
      await appendAudit(trx, {
        action: 'user.role_changed',
        actorId: session.user.id,
        targetType: 'user',
        targetId: input.id,
        details: { from: row.role, to: input.role },
      });
  });
  const updated = toUserSummary((await usersRepo.byId(session.db, input.id))!);
  if (session.user.id === input.id) {
    session.user = { ...session.user, fullName: updated.fullName, role: updated.role };
    session.dropCategoryKeys(categoriesForRole(updated.role));
  }
  return updated;
}

/** Removes the keyring slot first: from that moment the password opens nothing. */
export async function disableUser(state: CoreState, session: Session, id: string): Promise<UserSummary> {
  if (id === session.user.id) throw new AppError('PERMISSION_DENIED', 'you cannot disable your own account');
  const row = await mustFind(session, id);
  if (row.disabled_at) return toUserSummary(row);
  await assertNotLastManager(session, id, null);
  await saveKeyringAnchored(state, withUserSlot(state.vault.keyring(), id, null));
  await session.db.transaction().execute(async (trx) => {
    const at = nowIso();
    await usersRepo.update(trx, id, { disabled_at: at, updated_at: at, updated_by: session.user.id });
    await trx.deleteFrom('drafts').where('user_id', '=', id).execute();
    await appendAudit(trx, { action: 'user.disabled', actorId: session.user.id, targetType: 'user', targetId: id });
  });
  return toUserSummary((await usersRepo.byId(session.db, id))!);
}

export async function enableUser(state: CoreState, session: Session, id: string, password: string): Promise<UserSummary> {
  const row = await mustFind(session, id);
  assertStrongPassword(password, 'password');
  return replacePassword(state, id, row.username, password, 'user.enabled', { mustChange: true });
}

export async function resetPassword(state: CoreState, session: Session, id: string, password: string): Promise<UserSummary> {
  const row = await mustFind(session, id);
  if (row.disabled_at) throw new AppError('ACCOUNT_DISABLED', 'enable the account instead');
  assertStrongPassword(password, 'password');
  return replacePassword(state, id, row.username, password, 'user.password_reset', { mustChange: id !== session.user.id });
}
