import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SealedCategory } from '../../../shared/sealed-categories';

/**
 * Content of a sealed category, encrypted inside the (already encrypted) database:
 * AES-256-GCM under the category key, the row id and the part of the row in the
 * associated data, so a sealed value moved to another row or column does not open.
 * Layout: version byte, 12-byte nonce, ciphertext, 16-byte tag.
 */
const VERSION = 1;
const NONCE = 12;
const TAG = 16;

function aad(category: SealedCategory, rowId: string, part: string): Buffer {
  return Buffer.from(`amizero-sealed-v1|${category}|${rowId}|${part}`, 'utf8');
}

export function sealContent(key: Buffer, category: SealedCategory, rowId: string, part: string, plain: Uint8Array): Buffer {
  const nonce = randomBytes(NONCE);
  const c = createCipheriv('aes-256-gcm', key, nonce);
  c.setAAD(aad(category, rowId, part));
  const ct = Buffer.concat([c.update(plain), c.final()]);
  return Buffer.concat([Buffer.from([VERSION]), nonce, ct, c.getAuthTag()]);
}

/** Null when the value was not sealed under this key for this row and part. */
export function openContent(key: Buffer, category: SealedCategory, rowId: string, part: string, sealed: Uint8Array): Buffer | null {
  const b = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (b.length < 1 + NONCE + TAG || b[0] !== VERSION) return null;
  try {
    const d = createDecipheriv('aes-256-gcm', key, b.subarray(1, 1 + NONCE));
    d.setAAD(aad(category, rowId, part));
    d.setAuthTag(b.subarray(b.length - TAG));
    return Buffer.concat([d.update(b.subarray(1 + NONCE, b.length - TAG)), d.final()]);
  } catch {
    return null;
  }
}
