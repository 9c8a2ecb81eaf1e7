import { createCipheriv, createDecipheriv, createHmac } from 'node:crypto';
import { hkdfSha256 } from '../../vault/hkdf';

export const TAG_BYTES = 16;

/** age's HKDF-SHA256, always to 32 bytes; without hkdfSync's KeyObject copy of the file key (see vault/hkdf.ts). */
export function hkdf(ikm: Uint8Array, salt: Uint8Array, info: string): Buffer {
  return hkdfSha256(ikm, salt, info);
}

export function hmacSha256(key: Uint8Array, data: Uint8Array): Buffer {
  return createHmac('sha256', key).update(data).digest();
}

export function chachaSeal(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array): Buffer {
  const c = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG_BYTES });
  const head = c.update(plaintext);
  const tail = c.final();
  return Buffer.concat([head, tail, c.getAuthTag()]);
}

/** Null when authentication fails. */
export function chachaOpen(key: Uint8Array, nonce: Uint8Array, sealed: Uint8Array): Buffer | null {
  if (sealed.length < TAG_BYTES) return null;
  const d = createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG_BYTES });
  d.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  const head = d.update(sealed.subarray(0, sealed.length - TAG_BYTES));
  try {
    return head.length ? Buffer.concat([head, d.final()]) : d.final();
  } catch {
    return null;
  }
}

/** Stanza bodies are sealed once per key, so the spec fixes their nonce at zero. */
export const ZERO_NONCE = Buffer.alloc(12);
