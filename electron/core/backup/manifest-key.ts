import type { Manifest } from './manifest';
import { readHexDigits, secretBuffer, writeHexDigits } from '../db/raw-key';

/**
 * The manifest carries the data key as hex (a head office opens the snapshot with
 * sqlcipher alone). Written and read here byte by byte, so the key is never a
 * JavaScript string: the JSON is made with a placeholder that is then overwritten in
 * the Buffer, and read back by taking the digits out of the Buffer and blanking them
 * before the rest is parsed.
 */
const FIELD = Buffer.from('"dataKeyHex"', 'latin1');
const PLACEHOLDER = '0'.repeat(64);
const KEY_BYTES = 32;

/** The manifest's bytes with the key in them; the caller zeroes them once sealed. */
export function encodeManifest(m: Manifest, dataKey: Buffer): Buffer {
  const text = JSON.stringify({ ...m, dataKeyHex: PLACEHOLDER }, null, 2) + '\n';
  // Outside node's shared pool: a pooled Buffer travels with any neighbour posted to a worker.
  const bytes = secretBuffer(Buffer.byteLength(text, 'utf8'));
  bytes.write(text, 'utf8');
  const at = digitsOffset(bytes);
  if (at < 0) throw new Error('manifest placeholder not found');
  writeHexDigits(dataKey, bytes, at);
  return bytes;
}

/** Where the 64 digits of the one top-level "dataKeyHex" value start, or -1. */
function digitsOffset(bytes: Buffer): number {
  const field = bytes.indexOf(FIELD);
  if (field < 0 || bytes.indexOf(FIELD, field + 1) >= 0) return -1;
  let i = field + FIELD.length;
  while (isSpace(bytes[i])) i++;
  if (bytes[i++] !== 0x3a) return -1; // :
  while (isSpace(bytes[i])) i++;
  if (bytes[i++] !== 0x22) return -1; // "
  return bytes[i + KEY_BYTES * 2] === 0x22 ? i : -1;
}

function isSpace(b: number | undefined): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

/**
 * Splits the manifest's bytes into its JSON (the key blanked to zeros) and the key, then
 * zeroes `bytes`. Null, with `bytes` left for the caller to judge, when there is no
 * single well-formed key field.
 */
export function extractManifestKey(bytes: Buffer): { json: string; dataKey: Buffer } | null {
  const at = digitsOffset(bytes);
  const dataKey = at < 0 ? null : readHexDigits(bytes, at, KEY_BYTES);
  if (!dataKey) return null;
  bytes.fill(0x30, at, at + KEY_BYTES * 2);
  const json = bytes.toString('utf8');
  bytes.fill(0);
  return { json, dataKey };
}

/** Whether these manifest bytes carry a data key (a full backup's), found without making them a string. */
export function manifestHoldsKey(bytes: Buffer): boolean {
  return digitsOffset(bytes) >= 0;
}

/** The value a parsed manifest must hold once its key was taken out. */
export const BLANKED_KEY = PLACEHOLDER;
