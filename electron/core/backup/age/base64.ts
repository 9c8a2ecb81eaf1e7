import { AgeError } from './errors';

const ALPHABET = /^[A-Za-z0-9+/]*$/;

/** Standard alphabet, no padding: the only base64 the age header uses. */
export function encodeB64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64').replace(/=+$/, '');
}

/**
 * Strict decoding: Node's decoder silently skips junk and accepts non-canonical
 * trailing bits, which would let two different headers carry the same value (and
 * break the header MAC's promise that the bytes are exactly what was written).
 */
export function decodeB64(text: string): Buffer {
  if (!ALPHABET.test(text) || text.length % 4 === 1) throw new AgeError('damaged', 'invalid base64 in header');
  const bytes = Buffer.from(text, 'base64');
  if (encodeB64(bytes) !== text) throw new AgeError('damaged', 'non-canonical base64 in header');
  return bytes;
}
