import { createHmac } from 'node:crypto';

/**
 * HKDF-SHA256 (RFC 5869) for a 32-byte key, the one length used here, written out with
 * HMAC: node's hkdfSync turns its input key into a KeyObject whose copy lives until
 * garbage collection (the memory-scan test found the data key there after lock),
 * whereas HMAC's own state is wiped when its digest is taken. Same bytes as
 * `hkdfSync('sha256', ikm, salt, info, 32)`. The caller wipes the result.
 */
export function hkdfSha256(ikm: Uint8Array, salt: Uint8Array, info: string): Buffer {
  const prk = createHmac('sha256', salt).update(ikm).digest();
  try {
    return createHmac('sha256', prk)
      .update(info, 'utf8')
      .update(Buffer.from([1]))
      .digest();
  } finally {
    prk.fill(0);
  }
}
