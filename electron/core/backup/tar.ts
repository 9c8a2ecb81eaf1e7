/**
 * The minimum of ustar needed to write and read our three members, so a head office
 * can also run `age -d … | tar x`. Regular files only; sizes up to 8 GiB (11 octal
 * digits), which is far beyond a shelter database.
 */
export const BLOCK = 512;
const MAX_SIZE = 0o77777777777;

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

export function tarHeader(name: string, size: number, mtimeSeconds: number): Buffer {
  if (Buffer.byteLength(name) > 100) throw new Error('tar member name too long');
  if (size > MAX_SIZE) throw new Error('tar member too large');
  const h = Buffer.alloc(BLOCK);
  h.write(name, 0, 100, 'utf8');
  h.write(octal(0o600, 8), 100, 'latin1');
  h.write(octal(0, 8), 108, 'latin1');
  h.write(octal(0, 8), 116, 'latin1');
  h.write(octal(size, 12), 124, 'latin1');
  h.write(octal(mtimeSeconds, 12), 136, 'latin1');
  h.write('        ', 148, 'latin1');
  h.write('0', 156, 'latin1');
  h.write('ustar\0', 257, 'latin1');
  h.write('00', 263, 'latin1');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(octal(sum, 7) + ' ', 148, 'latin1');
  return h;
}

export function padding(size: number): Buffer {
  const rem = size % BLOCK;
  return Buffer.alloc(rem === 0 ? 0 : BLOCK - rem);
}

/** Two zero blocks end the archive. */
export const END_OF_ARCHIVE = Buffer.alloc(2 * BLOCK);

export interface TarEntry {
  name: string;
  size: number;
}

/** Parses one header block; null for an all-zero block (end of archive). Throws on anything malformed. */
export function parseTarHeader(h: Buffer): TarEntry | null {
  if (h.every((b) => b === 0)) return null;
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i]!;
  const field = (off: number, len: number) =>
    h
      .toString('latin1', off, off + len)
      .replace(/\0.*$/s, '')
      .trim();
  const stored = parseInt(field(148, 8), 8);
  if (stored !== sum || h.toString('latin1', 257, 262) !== 'ustar') throw new Error('bad tar header');
  const type = h.toString('latin1', 156, 157);
  if (type !== '0' && type !== '\0') throw new Error('unexpected tar member type');
  const size = parseInt(field(124, 12), 8);
  if (!Number.isSafeInteger(size) || size < 0) throw new Error('bad tar member size');
  const prefix = field(345, 155);
  const name = field(0, 100);
  return { name: prefix ? `${prefix}/${name}` : name, size };
}
