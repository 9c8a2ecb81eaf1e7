import { AppError } from '../../../shared/errors';
import type { ErasurePreview, ErasureResult, ErasureApproval } from '../../../shared/domain/erasure';
import type { CoreState } from '../state';
import type { SqliteDb } from '../db/open';
import type { Keyring } from '../../../shared/files/keyring';
import type { Session } from '../session';
import { appendAudit } from '../audit/audit-log';
import { saveKeyringAnchored } from '../audit/anchor';
import { checkErasureApproval } from './erasure-approval';
import { compactDatabase, countResidentRows, eraseResidentRows } from './erase-rows';
import { erasedIds, withErased } from './erased-list';
import { purgePreviousCopies } from './erase-previous';

async function herRow(session: Session, residentId: string) {
  const row = await session.db
    .selectFrom('residents')
    .select(['id', 'code', 'display_name'])
    .where('id', '=', residentId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'no such resident');
  const open = await session.db
    .selectFrom('stays')
    .select('id')
    .where('resident_id', '=', residentId)
    .where('discharged_on', 'is', null)
    .executeTakeFirst();
  return { ...row, openStay: Boolean(open) };
}

/** What an erasure would take, for the confirmation screen. */
export async function erasePreviewFor(session: Session, residentId: string): Promise<ErasurePreview> {
  const r = await herRow(session, residentId);
  return {
    residentId,
    code: r.code,
    displayName: r.display_name,
    openStay: r.openStay,
    counts: countResidentRows(session.sqlite, residentId),
  };
}

/**
 * Erases one resident (Law 058/2021, right to erasure). The order is what makes it hold:
 * her id goes into the keyring's list first (a crash after that is finished at the next
 * sign-in), then her rows, the search indexes and the shared name words, then the WAL is
 * truncated and the file rewritten so no freed page keeps her words, then the copies a
 * restore set aside. The audit entry names no code and no name.
 */
export async function eraseResident(
  state: CoreState,
  session: Session,
  residentId: string,
  approval: ErasureApproval,
): Promise<ErasureResult> {
  const her = await herRow(session, residentId);
  if (her.openStay) throw new AppError('ERASE_OPEN_STAY', 'discharge her before erasing her file');
  const approvedBy = await checkErasureApproval(state, session, approval);
  const all = session.withDataKey((dek) => {
    const keyring = state.vault.keyring();
    const known = erasedIds(keyring, dek);
    state.vault.saveKeyring(withErased(keyring, dek, known, [residentId]));
    return [...new Set([...known, residentId])];
  });
  const removed = eraseResidentRows(session.sqlite, residentId) ?? {};
  const rowsRemoved = Object.values(removed).reduce((a, b) => a + b, 0);
  await appendAudit(session.db, {
    action: 'resident.erased',
    actorId: session.user.id,
    targetType: 'resident',
    targetId: residentId,
    details: { approvedBy, rowsRemoved },
  });
  compactDatabase(session.sqlite);
  await saveKeyringAnchored(state, state.vault.keyring());
  const previous = session.withDataKey((dek) => purgePreviousCopies(state.vault.paths.dir, dek, all));
  return { rowsRemoved, previousPurged: previous.purged, previousRemoved: previous.removed };
}

/**
 * Erasures recorded in the keyring but whose rows are still here: a crash between the
 * list and the delete, or a vault put back by hand. Run at every sign-in, before the
 * session is handed out.
 */
export function reapplyErasures(sqlite: SqliteDb, keyringIds: readonly string[]): number {
  let n = 0;
  for (const id of keyringIds) if (eraseResidentRows(sqlite, id)) n++;
  if (n) compactDatabase(sqlite);
  return n;
}

/**
 * The keyring's list for a database about to open. A list whose MAC fails is not applied
 * (it could name residents nobody erased); a restore refuses it instead (see restore.ts).
 */
export function verifiedErasures(keyring: Keyring, dek: Buffer): string[] {
  try {
    return erasedIds(keyring, dek);
  } catch {
    return [];
  }
}
