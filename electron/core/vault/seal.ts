import {
  createCipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import type { SealedKey } from '../../../shared/files/keyring';
import { copySecret, secretBuffer } from '../db/raw-key';
import { hkdfSha256 } from './hkdf';
import { openKey } from './wrap';

/**
 * Sealing a key to a keyring slot's X25519 public key (an ECIES construction from
 * node:crypto alone): an ephemeral key pair per seal, HKDF-SHA256 over the shared
 * secret with both public keys as salt, AES-256-GCM with the caller's associated data
 * (vault id, slot id, what is sealed). Whoever holds a key can seal it to any slot
 * without that slot's password, which is what lets a manager give a colleague the
 * documents key on a role change, or hand every slot (and the recovery slot) a new
 * key on a re-key.
 */

// DER prefixes of a raw 32-byte X25519 key (RFC 8410).
const SPKI_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');
const PKCS8_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');
const ALG = 'x25519-hkdf-sha256-aes-256-gcm' as const;

export interface SlotKeyPair {
  publicKey: Buffer;
  /** Raw 32-byte private key: wrapped under the slot's password key, overwritten after use. */
  privateKey: Buffer;
}

export function newSlotKeyPair(): SlotKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  try {
    return {
      publicKey: publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length),
      privateKey: copySecret(der.subarray(PKCS8_PREFIX.length)),
    };
  } finally {
    der.fill(0);
  }
}

function publicKeyObject(raw: Buffer): KeyObject {
  if (raw.length !== 32) throw new Error('an X25519 public key is 32 bytes');
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

function privateKeyObject(raw: Buffer): KeyObject {
  if (raw.length !== 32) throw new Error('an X25519 private key is 32 bytes');
  const der = secretBuffer(PKCS8_PREFIX.length + raw.length);
  PKCS8_PREFIX.copy(der);
  raw.copy(der, PKCS8_PREFIX.length);
  try {
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } finally {
    der.fill(0);
  }
}

function sealingKey(shared: Buffer, ephemeral: Buffer, recipient: Buffer, aad: string): Buffer {
  // A low-order public key gives an all-zero shared secret: refused, never used as a key.
  if (shared.every((b) => b === 0)) throw new Error('low-order X25519 key');
  return hkdfSha256(shared, Buffer.concat([ephemeral, recipient]), `amizero-seal-v1|${aad}`);
}

export function sealTo(recipientPublicKey: Buffer, secret: Buffer, aad: string): SealedKey {
  const eph = generateKeyPairSync('x25519');
  const ephPub = eph.publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length);
  const shared = diffieHellman({ privateKey: eph.privateKey, publicKey: publicKeyObject(recipientPublicKey) });
  let key: Buffer;
  try {
    key = sealingKey(shared, ephPub, recipientPublicKey, aad);
  } finally {
    shared.fill(0);
  }
  const nonce = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, nonce);
  let ct: Buffer;
  try {
    c.setAAD(Buffer.from(aad, 'utf8'));
    // The output is ciphertext: concatenating it copies nothing secret.
    ct = Buffer.concat([c.update(secret), c.final()]);
  } finally {
    key.fill(0);
  }
  return {
    alg: ALG,
    ephemeral: ephPub.toString('base64'),
    nonce: nonce.toString('base64'),
    ciphertext: ct.toString('base64'),
    tag: c.getAuthTag().toString('base64'),
  };
}

/** The sealed 32-byte key, or null when it was not sealed to this key pair with this associated data. The caller wipes it. */
export function openSealed(privateKey: Buffer, publicKey: Buffer, sealed: SealedKey, aad: string): Buffer | null {
  let key: Buffer | null = null;
  try {
    const ephPub = Buffer.from(sealed.ephemeral, 'base64');
    const shared = diffieHellman({ privateKey: privateKeyObject(privateKey), publicKey: publicKeyObject(ephPub) });
    try {
      key = sealingKey(shared, ephPub, publicKey, aad);
    } finally {
      shared.fill(0);
    }
    const nonce = Buffer.from(sealed.nonce, 'base64');
    const tag = Buffer.from(sealed.tag, 'base64');
    return openKey(key, nonce, tag, Buffer.from(sealed.ciphertext, 'base64'), aad);
  } catch {
    return null;
  } finally {
    key?.fill(0);
  }
}
