import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { keyringSchema, type Keyring, type KeyringSlot } from '../../../shared/files/keyring';
import { writeFileAtomic } from '../fs/atomic';
import { deriveKek, newKdfParams } from './kdf';
import { unwrapKey, wrapKey } from './wrap';
import { nowIso } from '../ids';

export function newKeyring(): Keyring {
  return {
    format: 'amizero-keyring',
    version: 1,
    vaultId: randomUUID(),
    cipher: { name: 'sqlcipher', legacy: 4 },
    lookupSalt: randomBytes(32).toString('base64'),
    slots: [],
  } as unknown as Keyring;
}

export function readKeyring(path: string): Keyring {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('VAULT_MISSING', 'No keyring.json in the data folder');
    throw new AppError('KEYRING_DAMAGED', `keyring.json cannot be read: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError('KEYRING_DAMAGED', 'keyring.json is not valid JSON');
  }
  const parsed = keyringSchema.safeParse(json);
  if (!parsed.success) throw new AppError('KEYRING_DAMAGED', 'keyring.json does not have the expected structure');
  return parsed.data;
}

export function writeKeyring(path: string, keyring: Keyring): void {
  writeFileAtomic(path, JSON.stringify(keyringSchema.parse(keyring), null, 2) + '\n');
}

/** Salted HMAC of the username: finds the slot without storing the name. */
export function usernameLookup(keyring: Pick<Keyring, 'lookupSalt'>, username: string): string {
  return createHmac('sha256', Buffer.from(keyring.lookupSalt, 'base64')).update(username.normalize('NFC')).digest('base64');
}

function slotAad(keyring: Keyring, slot: Pick<KeyringSlot, 'id' | 'kind' | 'userId'>): string {
  return `amizero-keyring-v1|${keyring.vaultId}|${slot.id}|${slot.kind}|${slot.userId ?? ''}`;
}

export async function makeUserSlot(
  keyring: Keyring,
  dek: Buffer,
  userId: string,
  username: string,
  password: string,
): Promise<KeyringSlot> {
  const kdf = newKdfParams();
  const kek = await deriveKek(password, kdf);
  const base = { id: randomUUID(), kind: 'user' as const, userId };
  const slot: KeyringSlot = {
    ...base,
    lookup: usernameLookup(keyring, username),
    kdf,
    wrapped: wrapKey(kek, dek, slotAad(keyring, base)),
    createdAt: nowIso(),
  };
  kek.fill(0);
  return slot;
}

export async function makeRecoverySlot(keyring: Keyring, dek: Buffer, recoveryKey: string): Promise<KeyringSlot> {
  const kdf = newKdfParams();
  const kek = await deriveKek(recoveryKey, kdf);
  const base = { id: randomUUID(), kind: 'recovery' as const };
  const slot: KeyringSlot = { ...base, kdf, wrapped: wrapKey(kek, dek, slotAad(keyring, base)), createdAt: nowIso() };
  kek.fill(0);
  return slot;
}

export function findUserSlot(keyring: Keyring, username: string): KeyringSlot | undefined {
  const lookup = usernameLookup(keyring, username);
  return keyring.slots.find((s) => s.kind === 'user' && s.lookup === lookup);
}

/** Tries one slot; null when the secret is wrong. */
export async function openSlot(keyring: Keyring, slot: KeyringSlot, secret: string): Promise<Buffer | null> {
  const kek = await deriveKek(secret, slot.kdf);
  try {
    return unwrapKey(kek, slot.wrapped, slotAad(keyring, slot));
  } finally {
    kek.fill(0);
  }
}

/** Spends the same time as a real attempt so unknown usernames cannot be told apart by timing. */
export async function burnAttempt(secret: string): Promise<void> {
  const kek = await deriveKek(secret, newKdfParams());
  kek.fill(0);
}

export function withUserSlot(keyring: Keyring, userId: string, slot: KeyringSlot | null): Keyring {
  const slots = keyring.slots.filter((s) => !(s.kind === 'user' && s.userId === userId));
  return { ...keyring, slots: slot ? [...slots, slot] : slots };
}
