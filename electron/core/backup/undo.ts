import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { CoreState } from '../state';
import { Vault } from '../vault/vault';
import { readKeyring } from '../vault/keyring';
import { KEYRING_FILE } from '../paths';
import { usersRepo } from '../repositories/users';
import { appendAudit } from '../audit/audit-log';
import { lock, signIn } from '../services/auth';
import { listPrevious, recoverInterruptedSwap, undoRestore } from './restore';
import { openIncomingKeyring } from './trust';

/**
 * Undo without a session in the restored vault: what IT staff run when a restore locked
 * every real user out (a forged or wrong backup). The person proves they belong to the
 * vault that comes back, as an active manager of it, before anything moves; the undo is
 * then recorded in that vault's own audit log under their name.
 */
export async function undoRestoreAsManager(
  state: CoreState,
  username: string,
  password: string,
): Promise<{ restoredFolder: string; keptAs: string | null }> {
  const dataDir = state.vault.paths.dir;
  recoverInterruptedSwap(dataDir);
  const latest = listPrevious(dataDir).at(-1);
  if (!latest) throw new AppError('BACKUP_NOTHING_TO_UNDO', 'no previous vault to return to');
  await proveManagerOf(join(dataDir, latest), username, password);
  await lock(state, 'manual');
  const r = undoRestore(dataDir, new Date(state.now()));
  // The vault that came back: a real sign-in (its own audit entry), the undo recorded, locked again.
  await signIn(state, username, password);
  const session = state.session!;
  await appendAudit(session.db, { action: 'backup.restore_undone', actorId: session.user.id, details: { via: 'cli' } });
  await lock(state, 'manual');
  return { restoredFolder: r.restored, keptAs: r.keptAs };
}

async function proveManagerOf(dir: string, username: string, password: string): Promise<void> {
  const opened = await openIncomingKeyring(readKeyring(join(dir, KEYRING_FILE)), { method: 'account', username, password });
  if (!opened) throw new AppError('WRONG_CREDENTIALS', 'that account does not open the vault that would come back');
  const vault = new Vault(dir);
  try {
    const { sqlite, db } = await vault.open(opened.dataKey);
    try {
      const row = await usersRepo.byId(db, opened.userId!);
      if (!row || row.username !== username || row.role !== 'manager' || row.disabled_at)
        throw new AppError('PERMISSION_DENIED', 'only an active manager of the vault that comes back can undo');
    } finally {
      sqlite.close();
    }
  } finally {
    opened.dataKey.fill(0);
  }
}
