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
  return openKey(kek, Buffer.from(w.nonce, 'base64'), Buffer.from(w.tag, 'base64'), Buffer.from(w.ciphertext, 'base64'), aad);
}

/**
 * Decrypts one 32-byte key sealed with AES-256-GCM; null when anything does not match.
 * GCM's final() adds no bytes: the key is update()'s own buffer (outside V8's heap),
 * never copied, so the only copy is the one the caller wipes. A concatenation would
 * leave update()'s buffer behind, unwiped (the memory-scan test found it).
 */
export function openKey(key: Buffer, nonce: Buffer, tag: Buffer, ciphertext: Buffer, aad: string): Buffer | null {
  // Checked here too, not only by the schema: a short tag would make forgery cheap.
  if (nonce.length !== GCM_NONCE_BYTES || tag.length !== GCM_TAG_BYTES) return null;
  let out: Buffer | null = null;
  try {
    const d = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: GCM_TAG_BYTES });
    d.setAAD(Buffer.from(aad, 'utf8'));
    d.setAuthTag(tag);
    out = d.update(ciphertext);
    d.final();
    if (out.length === 32) return out;
    out.fill(0);
    return null;
  } catch {
    out?.fill(0);
    return null;
  }
}
