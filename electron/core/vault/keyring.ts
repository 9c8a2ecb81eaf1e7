import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { keyringSchema, type Keyring, type KeyringSlot, type WrappedKey } from '../../../shared/files/keyring';
import { SEALED_CATEGORY_IDS, type SealedCategory } from '../../../shared/sealed-categories';
import { writeFileAtomic } from '../fs/atomic';
import { deriveKek, newKdfParams } from './kdf';
import { unwrapKey, wrapKey } from './wrap';
import { newSlotKeyPair, openSealed, sealTo } from './seal';
import { hkdfSha256 } from './hkdf';
import { nowIso } from '../ids';

/**
 * Keyring version 2. Each slot holds an X25519 key pair: the public half in clear, the
 * private half wrapped under the slot's password-derived key (Argon2id, as in version 1).
 * The data key and the category keys the slot is entitled to are sealed to its public
 * key. Why key pairs rather than one symmetric wrap per key and slot: with symmetric
 * wraps nobody could give a colleague a category key, or any slot (the recovery slot
 * included) a new data key on a re-key, without that slot's password. With key pairs
 * whoever holds a key can seal it to any slot.
 */

/** The keys a slot receives: always the data key, plus the categories its role is entitled to. */
export interface KeyGrant {
  dek: Buffer;
  categories: Partial<Record<SealedCategory, Buffer>>;
}

/** What one slot opens to. `legacy`: a version-1 slot, holding the data key only. */
export interface UnlockedSlot {
  dek: Buffer;
  categories: Map<SealedCategory, Buffer>;
  legacy: boolean;
}

export function newKeyring(): Keyring {
  return {
    format: 'amizero-keyring',
    version: 2,
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

type SlotBase = Pick<KeyringSlot, 'id' | 'kind' | 'userId'>;

function slotAadV1(keyring: Keyring, slot: SlotBase): string {
  return `amizero-keyring-v1|${keyring.vaultId}|${slot.id}|${slot.kind}|${slot.userId ?? ''}`;
}

/** Binds every wrapped or sealed key to its vault, its slot and what it is. */
function slotAad(keyring: Keyring, slot: SlotBase, what: 'private-key' | 'dek' | `category:${SealedCategory}`): string {
  return `amizero-keyring-v2|${keyring.vaultId}|${slot.id}|${slot.kind}|${slot.userId ?? ''}|${what}`;
}

export function isLegacySlot(slot: KeyringSlot): boolean {
  return slot.wrapped !== undefined;
}

function sealGrant(keyring: Keyring, base: SlotBase, publicKey: Buffer, grant: KeyGrant): NonNullable<KeyringSlot['keys']> {
  const categories: Record<string, ReturnType<typeof sealTo>> = {};
  for (const c of SEALED_CATEGORY_IDS) {
    const key = grant.categories[c];
    if (key) categories[c] = sealTo(publicKey, key, slotAad(keyring, base, `category:${c}`));
  }
  return { dek: sealTo(publicKey, grant.dek, slotAad(keyring, base, 'dek')), categories };
}

async function buildSlot(
  keyring: Keyring,
  base: SlotBase,
  lookup: string | undefined,
  secret: string,
  grant: KeyGrant,
): Promise<KeyringSlot> {
  const kdf = newKdfParams();
  const kek = await deriveKek(secret, kdf);
  const pair = newSlotKeyPair();
  try {
    return {
      ...base,
      ...(lookup ? { lookup } : {}),
      kdf,
      publicKey: pair.publicKey.toString('base64'),
      privateKey: wrapKey(kek, pair.privateKey, slotAad(keyring, base, 'private-key')),
      keys: sealGrant(keyring, base, pair.publicKey, grant),
      createdAt: nowIso(),
    };
  } finally {
    kek.fill(0);
    pair.privateKey.fill(0);
  }
}

export function makeUserSlot(keyring: Keyring, grant: KeyGrant, userId: string, username: string, password: string): Promise<KeyringSlot> {
  return buildSlot(keyring, { id: randomUUID(), kind: 'user', userId }, usernameLookup(keyring, username), password, grant);
}

export function makeRecoverySlot(keyring: Keyring, grant: KeyGrant, recoveryKey: string): Promise<KeyringSlot> {
  return buildSlot(keyring, { id: randomUUID(), kind: 'recovery' }, undefined, recoveryKey, grant);
}

/**
 * Seals keys to an existing version-2 slot without its password: a role change, a
 * repaired wrap, a re-key. The slot's key pair and password stay as they were.
 */
export function regrantSlot(keyring: Keyring, slot: KeyringSlot, grant: KeyGrant): KeyringSlot {
  if (isLegacySlot(slot) || !slot.publicKey) throw new AppError('INTERNAL', 'a version-1 slot cannot receive keys without its password');
  return { ...slot, keys: sealGrant(keyring, slot, Buffer.from(slot.publicKey, 'base64'), grant) };
}

/** Adds category wraps to a version-2 slot, keeping the ones it has. */
export function withCategoryWraps(keyring: Keyring, slot: KeyringSlot, add: Partial<Record<SealedCategory, Buffer>>): KeyringSlot {
  if (isLegacySlot(slot) || !slot.publicKey || !slot.keys)
    throw new AppError('INTERNAL', 'a version-1 slot cannot receive keys without its password');
  const publicKey = Buffer.from(slot.publicKey, 'base64');
  const categories = { ...slot.keys.categories };
  for (const c of SEALED_CATEGORY_IDS) {
    const key = add[c];
    if (key) categories[c] = sealTo(publicKey, key, slotAad(keyring, slot, `category:${c}`));
  }
  return { ...slot, keys: { ...slot.keys, categories } };
}

/** Drops the category wraps a slot is no longer entitled to; needs no key. */
export function withoutCategories(slot: KeyringSlot, keep: readonly SealedCategory[]): KeyringSlot {
  if (!slot.keys) return slot;
  const categories = Object.fromEntries(Object.entries(slot.keys.categories).filter(([c]) => keep.includes(c as SealedCategory)));
  return { ...slot, keys: { ...slot.keys, categories } };
}

export function slotCategories(slot: KeyringSlot): SealedCategory[] {
  return SEALED_CATEGORY_IDS.filter((c) => slot.keys?.categories[c] !== undefined);
}

export function findUserSlot(keyring: Keyring, username: string): KeyringSlot | undefined {
  const lookup = usernameLookup(keyring, username);
  return keyring.slots.find((s) => s.kind === 'user' && s.lookup === lookup);
}

/** Tries one slot; null when the secret is wrong. Every key it opens is the caller's to wipe. */
export async function unlockSlot(keyring: Keyring, slot: KeyringSlot, secret: string): Promise<UnlockedSlot | null> {
  const kek = await deriveKek(secret, slot.kdf);
  try {
    if (slot.wrapped) {
      const dek = unwrapKey(kek, slot.wrapped, slotAadV1(keyring, slot));
      return dek ? { dek, categories: new Map(), legacy: true } : null;
    }
    const privateKey = unwrapKey(kek, slot.privateKey!, slotAad(keyring, slot, 'private-key'));
    if (!privateKey) return null;
    try {
      const publicKey = Buffer.from(slot.publicKey!, 'base64');
      const dek = openSealed(privateKey, publicKey, slot.keys!.dek, slotAad(keyring, slot, 'dek'));
      if (!dek) return null;
      const categories = new Map<SealedCategory, Buffer>();
      for (const c of slotCategories(slot)) {
        const key = openSealed(privateKey, publicKey, slot.keys!.categories[c]!, slotAad(keyring, slot, `category:${c}`));
        if (key) categories.set(c, key);
      }
      return { dek, categories, legacy: false };
    } finally {
      privateKey.fill(0);
    }
  } finally {
    kek.fill(0);
  }
}

export function wipeUnlocked(u: UnlockedSlot): void {
  u.dek.fill(0);
  for (const k of u.categories.values()) k.fill(0);
  u.categories.clear();
}

/** The data key alone (restore, tests): category keys are wiped at once. */
export async function openSlot(keyring: Keyring, slot: KeyringSlot, secret: string): Promise<Buffer | null> {
  const u = await unlockSlot(keyring, slot, secret);
  if (!u) return null;
  for (const k of u.categories.values()) k.fill(0);
  return u.dek;
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

export function withRecoverySlot(keyring: Keyring, slot: KeyringSlot): Keyring {
  return { ...keyring, slots: [...keyring.slots.filter((s) => s.kind !== 'recovery'), slot] };
}

function transitionKek(keyring: Keyring, dek: Buffer, category: SealedCategory): Buffer {
  return hkdfSha256(dek, Buffer.from(keyring.vaultId), `amizero-keyring-transition|${category}`);
}

/** The transitional copy of a category key (see keyringSchema): readable with the data key. */
export function wrapTransition(keyring: Keyring, dek: Buffer, category: SealedCategory, key: Buffer): WrappedKey {
  const kek = transitionKek(keyring, dek, category);
  try {
    return wrapKey(kek, key, `amizero-keyring-transition|${keyring.vaultId}|${category}`);
  } finally {
    kek.fill(0);
  }
}

export function openTransition(keyring: Keyring, dek: Buffer, category: SealedCategory): Buffer | null {
  const w = keyring.transition?.[category];
  if (!w) return null;
  const kek = transitionKek(keyring, dek, category);
  try {
    return unwrapKey(kek, w, `amizero-keyring-transition|${keyring.vaultId}|${category}`);
  } finally {
    kek.fill(0);
  }
}
