import type { KeysStatus } from '../../../shared/domain/keys';
import { usersRepo } from '../repositories/users';
import type { Session } from '../session';
import type { CoreState } from '../state';
import { listPreviousCopies } from './previous-copies';
import { readSettings } from './settings';
import { keyTransition } from './vault-keys';

/** What Home and Settings tell the manager about keys: upgrade pending, old copies kept. */
export async function keysStatus(state: CoreState, session: Session): Promise<KeysStatus> {
  const keyring = state.vault.keyring();
  const rows = await usersRepo.all(session.db);
  const t = keyTransition(keyring, rows);
  const names = new Map(rows.map((r) => [r.id, r.full_name]));
  return {
    keyringVersion: keyring.version,
    pendingAccounts: t.pendingAccounts.map((id) => ({ id, fullName: names.get(id) ?? '' })),
    recoveryPending: t.recoveryPending,
    openWithDataKey: t.openWithDataKey,
    previousCopies: listPreviousCopies(state.vault.paths.dir),
    previousRetentionDays: (await readSettings(session.db)).previousRetentionDays,
  };
}
