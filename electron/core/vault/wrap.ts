import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { GCM_NONCE_BYTES, GCM_TAG_BYTES, type WrappedKey } from '../../../shared/files/keyring';

/**
 * AES-256-GCM key wrapping. The associated data binds a wrapped key to its vault and
 * slot, so a slot copied from another keyring or another user does not unwrap.
 */
export function wrapKey(kek: Buffer, dek: Buffer, aad: string): WrappedKey {
  const nonce = randomBytes(GCM_NONCE_BYTES);
  const c = createCipheriv('aes-256-gcm', kek, nonce, { authTagLength: GCM_TAG_BYTES });
  c.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([c.update(dek), c.final()]);
  return { alg: 'aes-256-gcm', nonce: nonce.toString('base64'), ciphertext: ct.toString('base64'), tag: c.getAuthTag().toString('base64') };
}

/** Returns the data key, or null when the key-encryption key (password) is wrong. */
export function unwrapKey(kek: Buffer, w: WrappedKey, aad: string): Buffer | null {
  try {
    const nonce = Buffer.from(w.nonce, 'base64');
    const tag = Buffer.from(w.tag, 'base64');
    // Checked here too, not only by the schema: a short tag would make forgery cheap.
    if (nonce.length !== GCM_NONCE_BYTES || tag.length !== GCM_TAG_BYTES) return null;
    const d = createDecipheriv('aes-256-gcm', kek, nonce, { authTagLength: GCM_TAG_BYTES });
    d.setAAD(Buffer.from(aad, 'utf8'));
    d.setAuthTag(tag);
    // GCM's final() adds no bytes: the key is update()'s own buffer, never copied, so
    // the only copy is the one the caller wipes (a concatenation would leave another).
    const out = d.update(Buffer.from(w.ciphertext, 'base64'));
    try {
      d.final();
    } catch (e) {
      out.fill(0);
      throw e;
    }
    if (out.length === 32) return out;
    out.fill(0);
    return null;
  } catch {
    return null;
  }
}
