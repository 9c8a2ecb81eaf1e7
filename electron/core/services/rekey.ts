import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { RekeyResult } from '../../../shared/domain/keys';
import type { Role } from '../../../shared/roles';
import { categoriesForRole, SEALED_CATEGORY_IDS, type SealedCategory } from '../../../shared/sealed-categories';
import type { z } from 'zod';
import type { rekeyInputSchema } from '../../../shared/domain/keys';
import type { AppDb } from '../db/kysely';
import { appendAudit } from '../audit/audit-log';
import { journaledSwap } from '../backup/restore';
import { usersRepo, toUserSummary } from '../repositories/users';
import { isLegacySlot, regrantSlot } from '../vault/keyring';
import { buildRekeyedCopy, endRekeySwap, markRekeySwap } from '../vault/rekey';
import { requireSession, type CoreState } from '../state';
import { startSession } from './auth';
import { entitledCategories, grantForRole } from './vault-keys';
import { resealDocuments } from './sealed-documents';
import { resealNotes } from './sealed-notes';
import { notesRepo } from '../repositories/counselling-notes';
import { copySecret, randomSecret } from '../db/raw-key';

/**
 * One resealer per sealed category: the Record type makes a new category in
 * shared/sealed-categories.ts a compile error here until its rows can be resealed.
 */
const RESEALERS: Record<SealedCategory, (db: AppDb, from: Buffer, to: Buffer, onRow: () => void) => Promise<number>> = {
  documents: resealDocuments,
  counselling_notes: resealNotes,
};

/**
 * Replaces the data key and every category key. Every version-2 slot (and the recovery
 * slot) receives the new keys sealed to its public key, so nobody's password is needed
 * and nobody is locked out; a version-1 slot could not receive them, so re-keying waits
 * until none is left. The old vault is not kept for undo: it is exactly what a departed
 * colleague's old keys still open. The session carries on under the new keys.
 */
export async function rotateKeys(state: CoreState, input: z.output<typeof rekeyInputSchema>): Promise<RekeyResult> {
  const started = state.now();
  const session = requireSession(state);
  const keyring = state.vault.keyring();
  if (keyring.slots.some(isLegacySlot))
    throw new AppError(
      'ACCOUNT_KEYS_NOT_UPGRADED',
      'some key slots are still version 1: those accounts must sign in (or the recovery key be used) first',
    );
  const missing = SEALED_CATEGORY_IDS.filter((c) => !session.heldCategories().includes(c));
  if (missing.length) throw new AppError('SEALED_KEY_MISSING', `this session does not hold the ${missing.join(', ')} key`);
  const emit = (phase: 'copying' | 'resealing' | 'swapping' | 'done', done = 0, total = 0) =>
    state.events.emit('keys.progress', { phase, done, total });

  const rows = await usersRepo.all(session.db);
  const accounts = new Map(rows.map((r) => [r.id, r]));
  const user = rows.find((r) => r.id === session.user.id)!;
  const newDek = randomSecret(32);
  const newKeys = new Map(SEALED_CATEGORY_IDS.map((c) => [c, randomSecret(32)]));
  const total = await countSealedRows(session.db);
  const nextKeyring = {
    ...keyring,
    slots: keyring.slots.map((slot) => {
      const grant = grantForRole(newDek, newKeys, 'recovery');
      const allowed = entitledCategories(slot, accounts);
      return regrantSlot(keyring, slot, { dek: newDek, categories: Object.fromEntries(allowed.map((c) => [c, grant.categories[c]!])) });
    }),
  };
  delete nextKeyring.transition;
  try {
    emit('copying');
    let done = 0;
    let sealedRows = 0;
    const copy = await session.withKeys((oldDek, held) =>
      buildRekeyedCopy(session.sqlite, state.vault.paths.dir, oldDek, newDek, nextKeyring, async (db) => {
        for (const c of SEALED_CATEGORY_IDS) {
          sealedRows += await RESEALERS[c](db, held.get(c)!, newKeys.get(c)!, () => emit('resealing', ++done, total));
        }
        await appendAudit(db, {
          action: 'vault.rekeyed',
          actorId: session.user.id,
          details: { reason: input.reason, sealedRows, slots: nextKeyring.slots.length },
        });
      }),
    );
    emit('swapping');
    // No connection may stay open on the live file while it moves; the session resumes below.
    session.close();
    state.session = null;
    let aside: string | null;
    const swapAt = new Date(state.now());
    markRekeySwap(state.vault.paths.dir, swapAt);
    try {
      aside = journaledSwap(state.vault.paths.dir, copy.dir, swapAt, copy.discard);
    } catch (e) {
      // The swap put the old vault back; the session ended, so the window goes to sign-in.
      copy.discard();
      endRekeySwap(state.vault.paths.dir);
      state.events.emit('session.locked', { reason: 'manual' });
      throw e;
    }
    if (aside) rmSync(join(state.vault.paths.dir, aside), { recursive: true, force: true });
    endRekeySwap(state.vault.paths.dir);
    const sessionDek = copySecret(newDek);
    const opened = await state.vault.open(sessionDek);
    const sessionKeys = new Map(categoriesForRole(user.role as Role).map((c) => [c, copySecret(newKeys.get(c)!)]));
    await startSession(state, opened, sessionDek, toUserSummary(user), sessionKeys);
    emit('done', done, total);
    return { sealedRows, slots: nextKeyring.slots.length, durationMs: state.now() - started };
  } finally {
    newDek.fill(0);
    for (const k of newKeys.values()) k.fill(0);
  }
}

async function countSealedRows(db: AppDb): Promise<number> {
  return (await countSealedDocuments(db)) + (await notesRepo.countSealed(db));
}

async function countSealedDocuments(db: AppDb): Promise<number> {
  const r = await db
    .selectFrom('documents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('sealed_meta', 'is not', null)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}
