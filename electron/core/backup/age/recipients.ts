import { createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, randomBytes, scrypt, type KeyObject } from 'node:crypto';
import { bech32Decode, bech32Encode } from './bech32';
import { decodeB64, encodeB64 } from './base64';
import { AgeError } from './errors';
import { chachaOpen, chachaSeal, hkdf, ZERO_NONCE } from './primitives';
import type { Stanza } from './header';

/**
 * The two recipient types Amizero writes and reads (age v1 spec, "X25519" and
 * "scrypt" recipient stanzas). Other stanza types are skipped when reading, as the
 * spec requires, so files with extra (e.g. grease) stanzas still open.
 */

const X25519_INFO = 'age-encryption.org/v1/X25519';
const SCRYPT_LABEL = 'age-encryption.org/v1/scrypt';
export const FILE_KEY_BYTES = 16;
export const DEFAULT_SCRYPT_LOG_N = 18;
/** Same ceiling as age-encryption: 2^20 × r=8 already needs 1 GiB of memory. */
export const MAX_SCRYPT_LOG_N = 20;

const PKCS8_X25519 = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_X25519 = Buffer.from('302a300506032b656e032100', 'hex');

function privateKeyObject(secret: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.concat([PKCS8_X25519, secret]), format: 'der', type: 'pkcs8' });
}

function publicKeyObject(pub: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_X25519, pub]), format: 'der', type: 'spki' });
}

function rawPublic(key: KeyObject): Buffer {
  return Buffer.from(key.export({ format: 'der', type: 'spki' }).subarray(SPKI_X25519.length));
}

function rawPrivate(key: KeyObject): Buffer {
  return Buffer.from(key.export({ format: 'der', type: 'pkcs8' }).subarray(PKCS8_X25519.length));
}

function x25519(secret: KeyObject, pub: Uint8Array): Buffer {
  let shared: Buffer;
  try {
    shared = diffieHellman({ privateKey: secret, publicKey: publicKeyObject(pub) });
  } catch {
    // OpenSSL refuses to derive from some low-order points itself.
    throw new AgeError('low-order-share', 'X25519 share is a low-order point');
  }
  // A low-order point gives all zeros; the spec requires refusing it.
  if (shared.every((b) => b === 0)) throw new AgeError('low-order-share', 'X25519 share is a low-order point');
  return shared;
}

export interface X25519Identity {
  secret: KeyObject;
  publicKey: Buffer;
}

/** `age1…` → the 32-byte public key; null when it is not a valid X25519 recipient. */
export function parseRecipient(text: string): Buffer | null {
  const d = bech32Decode(text.trim());
  if (!d || d.hrp !== 'age' || d.bytes.length !== 32 || text.trim() !== text.trim().toLowerCase()) return null;
  return d.bytes;
}

export function formatRecipient(publicKey: Uint8Array): string {
  return bech32Encode('age', publicKey);
}

export function parseIdentity(text: string): X25519Identity | null {
  const d = bech32Decode(text.trim());
  if (!d || d.hrp !== 'age-secret-key-' || d.bytes.length !== 32 || text.trim() !== text.trim().toUpperCase()) return null;
  const secret = privateKeyObject(d.bytes);
  d.bytes.fill(0);
  return { secret, publicKey: rawPublic(createPublicKey(secret)) };
}

/**
 * An identity file as age-keygen writes it: `#` comments, blank lines, one
 * `AGE-SECRET-KEY-1…` per line. Anything else is refused rather than guessed at.
 */
export function parseIdentityFile(text: string): X25519Identity[] {
  const out: X25519Identity[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const id = parseIdentity(line);
    if (!id) throw new AgeError('unsupported', 'the key file holds something that is not an age X25519 identity');
    out.push(id);
  }
  if (out.length === 0) throw new AgeError('unsupported', 'the key file holds no age identity');
  return out;
}

/** A new identity: the secret-key string for the key file and its public `age1…` recipient. */
export function generateIdentity(): { identity: string; recipient: string } {
  const { privateKey } = generateKeyPairSync('x25519');
  const secret = rawPrivate(privateKey);
  const identity = bech32Encode('age-secret-key-', secret).toUpperCase();
  secret.fill(0);
  return { identity, recipient: formatRecipient(rawPublic(createPublicKey(privateKey))) };
}

export function wrapX25519(fileKey: Uint8Array, recipient: Uint8Array): Stanza {
  const { privateKey } = generateKeyPairSync('x25519');
  const share = rawPublic(createPublicKey(privateKey));
  const shared = x25519(privateKey, recipient);
  const key = hkdf(shared, Buffer.concat([share, recipient]), X25519_INFO);
  const body = chachaSeal(key, ZERO_NONCE, fileKey);
  key.fill(0);
  shared.fill(0);
  return { args: ['X25519', encodeB64(share)], body };
}

/** The file key, or null when this stanza is not for this identity. */
export function unwrapX25519(stanza: Stanza, id: X25519Identity): Buffer | null {
  if (stanza.args.length !== 2) throw new AgeError('damaged', 'invalid X25519 stanza');
  const share = decodeB64(stanza.args[1]!);
  if (share.length !== 32 || stanza.body.length !== FILE_KEY_BYTES + 16) throw new AgeError('damaged', 'invalid X25519 stanza');
  const shared = x25519(id.secret, share);
  const key = hkdf(shared, Buffer.concat([share, id.publicKey]), X25519_INFO);
  const fileKey = chachaOpen(key, ZERO_NONCE, stanza.body);
  key.fill(0);
  shared.fill(0);
  return fileKey;
}

/** How many times this process has run scrypt: tests count it to prove a file's passphrase is derived once. */
let scryptCount = 0;
export function scryptRuns(): number {
  return scryptCount;
}

function scryptKey(passphrase: string, salt: Buffer, logN: number): Promise<Buffer> {
  scryptCount++;
  const N = 2 ** logN;
  return new Promise((resolve, reject) => {
    scrypt(
      passphrase,
      Buffer.concat([Buffer.from(SCRYPT_LABEL), salt]),
      32,
      { N, r: 8, p: 1, maxmem: 256 * N * 8 + 1024 * 1024 },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

export async function wrapScrypt(fileKey: Uint8Array, passphrase: string, logN = DEFAULT_SCRYPT_LOG_N): Promise<Stanza> {
  const salt = randomBytes(16);
  const key = await scryptKey(passphrase, salt, logN);
  const body = chachaSeal(key, ZERO_NONCE, fileKey);
  key.fill(0);
  return { args: ['scrypt', encodeB64(salt), String(logN)], body };
}

export async function unwrapScrypt(stanza: Stanza, passphrase: string): Promise<Buffer | null> {
  const [, saltText, logText] = stanza.args;
  if (stanza.args.length !== 3 || !/^[1-9][0-9]*$/.test(logText ?? '')) throw new AgeError('damaged', 'invalid scrypt stanza');
  const salt = decodeB64(saltText!);
  const logN = Number(logText);
  if (salt.length !== 16 || stanza.body.length !== FILE_KEY_BYTES + 16) throw new AgeError('damaged', 'invalid scrypt stanza');
  if (logN > MAX_SCRYPT_LOG_N) throw new AgeError('unsupported', `scrypt work factor ${logN} is above the limit of ${MAX_SCRYPT_LOG_N}`);
  const key = await scryptKey(passphrase, salt, logN);
  const fileKey = chachaOpen(key, ZERO_NONCE, stanza.body);
  key.fill(0);
  return fileKey;
}
