import { createHash, randomBytes } from 'node:crypto';
import { AgeError } from './errors';
import { checkHeaderMac, encodeHeader, findHeaderEnd, MAX_HEADER_BYTES, parseHeader, type Stanza } from './header';
import {
  DEFAULT_SCRYPT_LOG_N,
  FILE_KEY_BYTES,
  parseRecipient,
  unwrapScrypt,
  unwrapX25519,
  wrapScrypt,
  wrapX25519,
  type X25519Identity,
} from './recipients';
import { openStream, PAYLOAD_NONCE_BYTES, payloadKey, sealStream } from './stream';

export { AgeError, type AgeErrorKind } from './errors';
export {
  generateIdentity,
  parseIdentityFile,
  parseRecipient,
  DEFAULT_SCRYPT_LOG_N,
  MAX_SCRYPT_LOG_N,
  type X25519Identity,
} from './recipients';

/** Who can open the file: a passphrase, or X25519 recipients — the spec forbids mixing the two. */
export type AgeRecipients = { passphrase: string; scryptLogN?: number } | { recipients: string[] };

/** What we try when opening a file. */
export interface AgeSecrets {
  passphrase?: string;
  identities?: X25519Identity[];
  /**
   * The file key itself, held by the writer that just made the file: how core reads a
   * scheduled backup back without any identity stored on the laptop. The header MAC
   * still has to check out under it.
   */
  fileKey?: Buffer;
  /**
   * File keys already unwrapped during this operation: a file read again (a chain's head,
   * then its body) is not put through the passphrase's KDF again. See withFileKeys.
   */
  fileKeys?: FileKeyCache;
}

/**
 * File keys by the exact header that wraps them (its stanzas and MAC). A key is kept only
 * after the header's MAC checked out under it, and the MAC is checked again on every use,
 * so a cached key opens nothing but a file with that very header.
 */
export class FileKeyCache {
  private readonly keys = new Map<string, Buffer>();
  private static id(header: Buffer): string {
    return createHash('sha256').update(header).digest('hex');
  }
  get(header: Buffer): Buffer | undefined {
    const key = this.keys.get(FileKeyCache.id(header));
    return key ? Buffer.from(key) : undefined;
  }
  set(header: Buffer, fileKey: Buffer): void {
    this.keys.set(FileKeyCache.id(header), Buffer.from(fileKey));
  }
  wipe(): void {
    for (const key of this.keys.values()) key.fill(0);
    this.keys.clear();
  }
}

/**
 * Runs `fn` with a file-key cache that lives as long as it does, then wipes the keys:
 * one operation (verify, preview, restore, apply) opens each file's header once.
 */
export async function withFileKeys<T>(secrets: AgeSecrets, fn: (secrets: AgeSecrets) => Promise<T>): Promise<T> {
  if (secrets.fileKeys) return fn(secrets);
  const fileKeys = new FileKeyCache();
  try {
    return await fn({ ...secrets, fileKeys });
  } finally {
    fileKeys.wipe();
  }
}

async function makeStanzas(to: AgeRecipients, fileKey: Buffer): Promise<Stanza[]> {
  if ('passphrase' in to) return [await wrapScrypt(fileKey, to.passphrase, to.scryptLogN ?? DEFAULT_SCRYPT_LOG_N)];
  if (to.recipients.length === 0) throw new AgeError('unsupported', 'no recipients');
  return to.recipients.map((r) => {
    const pub = parseRecipient(r);
    if (!pub) throw new AgeError('unsupported', 'not an age X25519 recipient');
    return wrapX25519(fileKey, pub);
  });
}

/**
 * Turns a plaintext stream into an age v1 file, for use in stream.pipeline. The
 * stanzas are made (and, for a passphrase, scrypt is run) before the first byte is
 * emitted, so a bad recipient fails before anything is written.
 */
export async function ageEncryptor(to: AgeRecipients): Promise<(source: AsyncIterable<Buffer>) => AsyncGenerator<Buffer>> {
  const { head, key } = await ageFileStart(to);
  return async function* encrypt(source) {
    try {
      yield head;
      yield* sealStream(source, key);
    } finally {
      key.fill(0);
    }
  };
}

/**
 * The start of an age file (header and payload nonce) and the payload key that seals
 * what follows, for a writer that runs the STREAM elsewhere (backup/seal-worker.ts).
 * The caller zeroes the key.
 */
export async function ageFileStart(
  to: AgeRecipients,
  o: { keepFileKey?: boolean } = {},
): Promise<{ head: Buffer; key: Buffer; fileKey?: Buffer }> {
  const fileKey = randomBytes(FILE_KEY_BYTES);
  try {
    const header = encodeHeader(await makeStanzas(to, fileKey), fileKey);
    const nonce = randomBytes(PAYLOAD_NONCE_BYTES);
    return {
      head: Buffer.concat([header, nonce]),
      key: payloadKey(fileKey, nonce),
      ...(o.keepFileKey ? { fileKey: Buffer.from(fileKey) } : {}),
    };
  } finally {
    fileKey.fill(0);
  }
}

async function unwrapFileKey(stanzas: Stanza[], secrets: AgeSecrets): Promise<Buffer> {
  if (secrets.fileKey) return Buffer.from(secrets.fileKey);
  const scrypts = stanzas.filter((s) => s.args[0] === 'scrypt');
  if (scrypts.length > 0) {
    // A scrypt stanza alongside others would let a recipient pass as a passphrase file.
    if (stanzas.length !== 1) throw new AgeError('damaged', 'a scrypt stanza must be the only one');
    if (secrets.passphrase === undefined) throw new AgeError('wrong-passphrase', 'this file is protected by a passphrase');
    const key = await unwrapScrypt(scrypts[0]!, secrets.passphrase);
    if (!key) throw new AgeError('wrong-passphrase', 'wrong passphrase');
    return key;
  }
  for (const s of stanzas) {
    if (s.args[0] !== 'X25519') continue;
    for (const id of secrets.identities ?? []) {
      const key = unwrapX25519(s, id);
      if (key) return key;
    }
  }
  throw new AgeError('no-identity', 'no identity matches any recipient of this file');
}

/** Reads from an async byte source, keeping whatever was read past what was asked for. */
class ByteReader {
  private rest: Buffer = Buffer.alloc(0);
  private readonly it: AsyncIterator<Buffer>;
  constructor(source: AsyncIterable<Buffer>) {
    this.it = source[Symbol.asyncIterator]();
  }
  /** Reads until `done(buffer)` returns a length, which is then consumed and returned. */
  async readUntil(done: (buf: Buffer) => number, max: number): Promise<Buffer> {
    for (;;) {
      const n = done(this.rest);
      if (n >= 0) {
        const out = this.rest.subarray(0, n);
        this.rest = this.rest.subarray(n);
        return out;
      }
      if (this.rest.length > max) throw new AgeError('damaged', 'header is too long');
      const next = await this.it.next();
      if (next.done)
        throw new AgeError(
          this.rest.length === 0 ? 'not-age' : 'damaged',
          this.rest.length === 0 ? 'empty file' : 'file ends inside the header',
        );
      this.rest = this.rest.length ? Buffer.concat([this.rest, next.value]) : next.value;
    }
  }
  async *remaining(): AsyncGenerator<Buffer> {
    if (this.rest.length) yield this.rest;
    for (;;) {
      const next = await this.it.next();
      if (next.done) return;
      yield next.value;
    }
  }
}

/**
 * Checks that `secrets` open an age file: the file key is unwrapped from its header and the
 * header's MAC checked under it, then wiped. No payload is decrypted, so nothing of the
 * plaintext (a backup's manifest holds its data key) is ever in memory for it.
 */
export async function assertOpensHeader(source: AsyncIterable<Buffer>, secrets: AgeSecrets): Promise<void> {
  const reader = new ByteReader(source);
  const header = parseHeader(Buffer.from(await reader.readUntil(findHeaderEnd, MAX_HEADER_BYTES)));
  const fileKey = await unwrapFileKey(header.stanzas, secrets);
  try {
    checkHeaderMac(header, fileKey);
  } finally {
    fileKey.fill(0);
  }
}

/**
 * Opens an age v1 file as a plaintext stream. The header is parsed, a file key
 * unwrapped and the header MAC checked before the first byte is yielded; every
 * yielded chunk is authenticated, and damage or truncation anywhere throws, at the
 * latest at the end (so callers must consume it to the end before trusting the data).
 */
export async function* ageDecrypt(source: AsyncIterable<Buffer>, secrets: AgeSecrets): AsyncGenerator<Buffer> {
  const reader = new ByteReader(source);
  const headerBytes = await reader.readUntil(findHeaderEnd, MAX_HEADER_BYTES);
  const header = parseHeader(Buffer.from(headerBytes));
  const cached = secrets.fileKeys?.get(headerBytes);
  const fileKey = cached ?? (await unwrapFileKey(header.stanzas, secrets));
  try {
    checkHeaderMac(header, fileKey);
    if (!cached) secrets.fileKeys?.set(headerBytes, fileKey);
    const nonce = await reader
      .readUntil((b) => (b.length >= PAYLOAD_NONCE_BYTES ? PAYLOAD_NONCE_BYTES : -1), PAYLOAD_NONCE_BYTES)
      .catch(() => {
        throw new AgeError('damaged', 'file ends before the payload');
      });
    const key = payloadKey(fileKey, nonce);
    try {
      yield* openStream(reader.remaining(), key);
    } finally {
      key.fill(0);
    }
  } finally {
    fileKey.fill(0);
  }
}
