import { randomFillSync } from 'node:crypto';

/**
 * The data key in SQLCipher's raw-key form (`x'<64 hex digits>'`) and as hex digits in
 * JSON, written byte by byte into Buffers so the key never exists as a JavaScript
 * string: strings live in V8's heap, cannot be wiped and are copied by the garbage
 * collector. Every Buffer made here is zeroed by its caller after use.
 */
const HEX = Buffer.from('0123456789abcdef', 'latin1');

/**
 * A zeroed Buffer for secrets, always outside V8's heap. `Buffer.alloc(n)` for n ≤ 64
 * puts the bytes inside the heap, where the garbage collector moves them and leaves
 * the old copy behind, out of reach of `fill(0)` (the memory-scan test found one).
 */
export function secretBuffer(size: number): Buffer {
  return Buffer.from(new ArrayBuffer(size));
}

/** Writes the lower-case hex digits of `key` into `out` at `offset`. */
export function writeHexDigits(key: Buffer, out: Buffer, offset: number): void {
  for (let i = 0; i < key.length; i++) {
    out[offset + 2 * i] = HEX[key[i]! >> 4]!;
    out[offset + 2 * i + 1] = HEX[key[i]! & 15]!;
  }
}

/** `x'<hex>'` as SQLite3MultipleCiphers' sqlcipher scheme reads a raw key. */
export function sqlcipherRawKey(key: Buffer): Buffer {
  const out = secretBuffer(key.length * 2 + 3);
  out[0] = 0x78; // x
  out[1] = 0x27; // '
  writeHexDigits(key, out, 2);
  out[out.length - 1] = 0x27;
  return out;
}

function nibble(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  return -1;
}

/** Reads `bytes` lower-case hex digits at `offset` into a new Buffer; null when any is not hex. */
export function readHexDigits(src: Buffer, offset: number, bytes: number): Buffer | null {
  if (offset < 0 || offset + bytes * 2 > src.length) return null;
  const out = secretBuffer(bytes);
  for (let i = 0; i < bytes; i++) {
    const hi = nibble(src[offset + 2 * i]!);
    const lo = nibble(src[offset + 2 * i + 1]!);
    if (hi < 0 || lo < 0) {
      out.fill(0);
      return null;
    }
    out[i] = (hi << 4) | lo;
  }
  return out;
}

/** A new random key in a secretBuffer: randomBytes(32) would put it inside V8's heap. */
export function randomSecret(size: number): Buffer {
  return randomFillSync(secretBuffer(size));
}

/** A copy of a key in a secretBuffer (Buffer.from would use the shared pool); the caller wipes it. */
export function copySecret(key: Buffer): Buffer {
  const out = secretBuffer(key.length);
  key.copy(out);
  return out;
}

/**
 * Buffer.concat into a secretBuffer. A small Buffer.concat result lives in node's shared
 * 8 KiB pool, and posting any Buffer of that pool to a worker clones the whole pool,
 * its secret neighbours included. The caller wipes the result.
 */
export function concatSecret(parts: readonly Buffer[]): Buffer {
  const out = secretBuffer(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) at += p.copy(out, at);
  return out;
}
