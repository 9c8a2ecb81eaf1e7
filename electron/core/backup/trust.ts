import { timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { RestoreTrust } from '../../../shared/contract/channels/backup';
import { keyringSchema, type Keyring } from '../../../shared/files/keyring';
import { burnAttempt, findUserSlot, openSlot } from '../vault/keyring';
import { normaliseRecoveryKey } from '../vault/recovery-key';
import { createKysely } from '../db/kysely';
import { usersRepo } from '../repositories/users';
import type { SqliteDb } from '../db/open';

/**
 * A backup that decrypts proves only that it was sealed to a key we accept; anyone with the
 * head office's public key can make one. Restoring it needs the same proof as signing in:
 * a manager account of the incoming vault, or its recovery key, must unwrap the incoming
 * keyring's data key, and that key must be the one its database opens with.
 */

function signInFailed(field: 'password' | 'recoveryKey'): AppError {
  return new AppError('BACKUP_SIGN_IN_FAILED', 'those credentials do not open the backup', {
    fields: [{ path: `trust.${field}`, code: 'notInBackup', message: 'notInBackup' }],
  });
}

export function parseIncomingKeyring(bytes: Buffer): Keyring {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new AppError('BACKUP_DAMAGED', 'keyring.json is not JSON');
  }
  const parsed = keyringSchema.safeParse(json);
  if (!parsed.success) throw new AppError('BACKUP_DAMAGED', 'keyring.json does not have the expected structure');
  return parsed.data;
}

/**
 * The one place an incoming keyring is opened with a person's credentials, through the
 * vault's own slot functions (so a new keyring format changes only those). Null when the
 * credentials are wrong. `userId` is null for the recovery key.
 */
export async function openIncomingKeyring(
  keyring: Keyring,
  trust: RestoreTrust,
): Promise<{ dataKey: Buffer; userId: string | null } | null> {
  if (trust.method === 'account') {
    const slot = findUserSlot(keyring, trust.username);
    if (!slot?.userId) {
      await burnAttempt(trust.password);
      return null;
    }
    const dataKey = await openSlot(keyring, slot, trust.password);
    return dataKey ? { dataKey, userId: slot.userId } : null;
  }
  const normalised = normaliseRecoveryKey(trust.recoveryKey);
  const slot = keyring.slots.find((s) => s.kind === 'recovery');
  const dataKey = normalised && slot ? await openSlot(keyring, slot, normalised) : null;
  return dataKey ? { dataKey, userId: null } : null;
}

export interface TrustProof {
  vaultId: string;
  /** The incoming account that proved the backup; null for its recovery key. */
  userId: string | null;
  method: RestoreTrust['method'];
}

/**
 * Opens the incoming keyring with the credentials and checks that it wraps the very key
 * the database was sealed with (`dataKey`, from the manifest). Throws a named refusal.
 */
export async function proveIncomingKeyring(keyringBytes: Buffer, dataKey: Buffer, trust: RestoreTrust): Promise<TrustProof> {
  const keyring = parseIncomingKeyring(keyringBytes);
  const opened = await openIncomingKeyring(keyring, trust);
  if (!opened) throw signInFailed(trust.method === 'account' ? 'password' : 'recoveryKey');
  try {
    if (opened.dataKey.length !== dataKey.length || !timingSafeEqual(opened.dataKey, dataKey))
      throw new AppError('BACKUP_DAMAGED', "the backup's keyring does not belong to its database");
  } finally {
    opened.dataKey.fill(0);
  }
  return { vaultId: keyring.vaultId, userId: opened.userId, method: trust.method };
}

/** In the incoming database (opened with the proven key): the account must be an active manager with that username. */
export async function checkIncomingManager(sqlite: SqliteDb, proof: TrustProof, trust: RestoreTrust): Promise<void> {
  if (proof.userId === null || trust.method !== 'account') return;
  const row = await usersRepo.byId(createKysely(sqlite), proof.userId);
  if (!row || row.username !== trust.username || row.role !== 'manager' || row.disabled_at)
    throw new AppError('BACKUP_SIGN_IN_NOT_MANAGER', 'only an active manager of the backup can restore it', {
      fields: [{ path: 'trust.username', code: 'notManager', message: 'notManager' }],
    });
}
