import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { Keyring } from '../../../shared/files/keyring';
import { hkdfSha256 } from '../vault/hkdf';

/**
 * The ids of erased residents, in keyring.json (which a restore replaces with the
 * backup's, but only after this list is carried into it): restoring a backup made before
 * an erasure erases her again in the staged copy, before the vault opens. Ids only: the
 * keyring never holds a name. The MAC is keyed from the data key, so someone who can
 * write the data folder but holds no key cannot add an id (and have a resident erased at
 * the next restore) or drop one unnoticed.
 */
const MAC_INFO = 'amizero erased residents v1';

function listMac(dek: Buffer, vaultId: string, ids: readonly string[]): string {
  const key = hkdfSha256(dek, Buffer.from(vaultId, 'utf8'), MAC_INFO);
  try {
    return createHmac('sha256', key)
      .update(`${MAC_INFO}|${vaultId}|${ids.join(',')}`)
      .digest('hex');
  } finally {
    key.fill(0);
  }
}

/** The verified list (empty when there is none); a list whose MAC fails is refused by name. */
export function erasedIds(keyring: Keyring, dek: Buffer): string[] {
  const e = keyring.erasedResidents;
  if (!e) return [];
  const want = Buffer.from(listMac(dek, keyring.vaultId, e.ids), 'hex');
  if (!timingSafeEqual(want, Buffer.from(e.mac, 'hex')))
    throw new AppError('ERASURE_LIST_TAMPERED', 'the list of erased residents in keyring.json does not match the data key');
  return [...e.ids];
}

/** The keyring with `add` joined to its list, sealed under `dek` (the data key of the database this keyring opens). */
export function withErased(keyring: Keyring, dek: Buffer, current: readonly string[], add: readonly string[]): Keyring {
  const ids = [...new Set([...current, ...add])].sort();
  if (ids.length === 0) return keyring;
  return { ...keyring, erasedResidents: { ids, mac: listMac(dek, keyring.vaultId, ids) } };
}
