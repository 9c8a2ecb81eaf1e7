import { randomBytes, createHash } from 'node:crypto';

// Crockford base32: no I, L, O, U, so handwriting and re-typing are forgiving.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DATA_BYTES = 20; // 160 bits of entropy
const GROUP = 4;

function toBase32(buf: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of buf) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function checksum(body: string): string {
  return toBase32(createHash('sha256').update(body).digest()).slice(0, GROUP);
}

/** 32 data characters plus a 4-character checksum group, shown as 9 groups of 4. */
export function generateRecoveryKey(): string {
  const body = toBase32(randomBytes(DATA_BYTES));
  return formatGroups(body + checksum(body));
}

function formatGroups(s: string): string {
  return s.match(new RegExp(`.{1,${GROUP}}`, 'g'))!.join('-');
}

/** Accepts lowercase, spaces, missing dashes and the usual look-alikes (O→0, I/L→1). */
export function normaliseRecoveryKey(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (s.length !== 36 || [...s].some((c) => !ALPHABET.includes(c))) return null;
  const body = s.slice(0, 32);
  if (checksum(body) !== s.slice(32)) return null;
  return formatGroups(s);
}

export function recoveryKeyGroups(key: string): string[] {
  return key.split('-');
}

export function normaliseGroup(input: string): string {
  return input.toUpperCase().replace(/\s/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}
