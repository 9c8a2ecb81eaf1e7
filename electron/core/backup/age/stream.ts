import { createCipheriv, createDecipheriv } from 'node:crypto';
import { AgeError } from './errors';
import { hkdf, TAG_BYTES } from './primitives';

/**
 * The age payload: STREAM (Hoang, Reyhanitabar, Rogaway, Vizár) over ChaCha20-Poly1305.
 * Plaintext is cut into 64 KiB chunks; chunk i is sealed under the nonce
 * i as 11 big-endian bytes || 0x01 for the last chunk, 0x00 otherwise. The last chunk
 * may be short, and is empty only when the whole plaintext is. Truncation at a chunk
 * boundary is caught because the chunk then read last was sealed without the flag.
 */
export const CHUNK = 64 * 1024;
export const SEALED_CHUNK = CHUNK + TAG_BYTES;
export const PAYLOAD_NONCE_BYTES = 16;

export function payloadKey(fileKey: Uint8Array, nonce: Uint8Array): Buffer {
  return hkdf(fileKey, nonce, 'payload');
}

function chunkNonce(counter: number, last: boolean): Buffer {
  const n = Buffer.alloc(12);
  // 2^53 chunks of 64 KiB is far past any file; the upper bytes stay zero.
  n.writeUIntBE(counter, 5, 6);
  n[11] = last ? 1 : 0;
  return n;
}

/** One sealed chunk as two pieces, body then tag: the writer gathers them, so no copy here. */
function seal(key: Buffer, counter: number, last: boolean, plain: Uint8Array): [Buffer, Buffer] {
  const c = createCipheriv('chacha20-poly1305', key, chunkNonce(counter, last), { authTagLength: TAG_BYTES });
  const body = c.update(plain);
  c.final();
  return [body, c.getAuthTag()];
}

function open(key: Buffer, counter: number, last: boolean, sealed: Buffer): Buffer | null {
  const d = createDecipheriv('chacha20-poly1305', key, chunkNonce(counter, last), { authTagLength: TAG_BYTES });
  d.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  const body = d.update(sealed.subarray(0, sealed.length - TAG_BYTES));
  try {
    d.final();
    return body;
  } catch {
    return null;
  }
}

/** Appends `data` to what is pending without copying when nothing is. */
function append(pending: Buffer, data: Buffer): Buffer {
  return pending.length === 0 ? data : Buffer.concat([pending, data]);
}

/**
 * Seals a plaintext stream. A full chunk is held back until more input proves it is
 * not the last, because the last-chunk flag is part of the nonce. Chunks are sealed
 * straight from the input buffers; only the (at most 64 KiB) tail of each is copied.
 * Yields each sealed chunk as body and tag, in order.
 */
export async function* sealStream(source: AsyncIterable<Buffer>, key: Buffer): AsyncGenerator<Buffer> {
  let pending: Buffer = Buffer.alloc(0);
  let counter = 0;
  for await (const data of source) {
    if (data.length === 0) continue;
    let off = 0;
    if (pending.length > 0) {
      if (pending.length < CHUNK) {
        off = Math.min(CHUNK - pending.length, data.length);
        pending = Buffer.concat([pending, data.subarray(0, off)]);
        if (off === data.length) continue;
      }
      // A full pending chunk with more input after it: not the last.
      yield* seal(key, counter++, false, pending);
      pending = Buffer.alloc(0);
    }
    while (data.length - off > CHUNK) {
      yield* seal(key, counter++, false, data.subarray(off, off + CHUNK));
      off += CHUNK;
    }
    pending = Buffer.from(data.subarray(off));
  }
  yield* seal(key, counter, true, pending);
}

/** Opens a sealed payload; throws AgeError('damaged') on any authentication failure or truncation. */
export async function* openStream(source: AsyncIterable<Buffer>, key: Buffer): AsyncGenerator<Buffer> {
  let pending: Buffer = Buffer.alloc(0);
  let counter = 0;
  for await (const data of source) {
    pending = append(pending, data);
    let off = 0;
    while (pending.length - off > SEALED_CHUNK) {
      const plain = open(key, counter++, false, pending.subarray(off, off + SEALED_CHUNK));
      if (!plain) throw new AgeError('damaged', `payload chunk ${counter - 1} failed authentication`);
      yield plain;
      off += SEALED_CHUNK;
    }
    pending = off === 0 ? pending : Buffer.from(pending.subarray(off));
  }
  if (pending.length < TAG_BYTES) throw new AgeError('damaged', 'payload is truncated');
  const last = open(key, counter, true, pending);
  if (!last)
    throw new AgeError(
      'damaged',
      counter === 0 && pending.length === TAG_BYTES ? 'payload failed authentication' : 'payload is truncated or damaged',
    );
  if (last.length === 0 && counter > 0) throw new AgeError('damaged', 'empty last chunk after data');
  yield last;
}
