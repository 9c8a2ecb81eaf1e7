import { createHmac, pbkdf2Sync, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/**
 * Page authentication for our SQLCipher-4 databases, done in Node because
 * SQLite3MultipleCiphers has no `cipher_integrity_check` and `integrity_check` never
 * reads free pages. Every page carries a 16-byte IV and an HMAC-SHA512 over its
 * ciphertext, IV and page number; recomputing them proves each page is exactly what
 * the key holder wrote, used or not.
 *
 * The layout is fixed by the cipher settings in open.ts (`cipher=sqlcipher`, `legacy=4`,
 * raw key), and was checked against real files and the SQLite3MultipleCiphers source.
 */
export const PAGE_SIZE = 4096;
const SALT_BYTES = 16;
/** Each page ends with its 16-byte IV and then this HMAC-SHA512 (80 reserved bytes). */
const HMAC_BYTES = 64;
const HMAC_SALT_MASK = 0x3a;
const FAST_KDF_ITER = 2;
const KEY_BYTES = 32;
/** SQLite never writes the page holding the lock bytes at 1 GiB, so it carries no HMAC. */
const PENDING_BYTE = 0x40000000;
const CHUNK_PAGES = 256;

const WAL_HEADER = 32;
const WAL_FRAME_HEADER = 24;
const WAL_MAGIC = 0x377f0682;

export interface WalAuthResult {
  /** Frames of the current log generation (same salts as the log header). */
  frames: number;
  /** 1-based frame numbers whose page fails authentication or whose data the database can no longer see. */
  badFrames: number[];
  /** Frames SQLite does not read and that hold no lost commit: an interrupted write or an older generation's leftovers. */
  ignoredFrames: number;
  /** False when the log header is unreadable, which makes SQLite discard the whole log. */
  headerOk: boolean;
}

export interface PageAuthResult {
  pages: number;
  /** 1-based page numbers that fail authentication (a partial last page counts as bad). */
  badPages: number[];
  /** The -wal file, when one with content exists beside the database. */
  wal: WalAuthResult | null;
}

export function pageAuthOk(r: PageAuthResult): boolean {
  return r.badPages.length === 0 && (!r.wal || (r.wal.headerOk && r.wal.badFrames.length === 0));
}

/**
 * Checks every page of the database file and every frame of its write-ahead log.
 * The key is used once, synchronously, to derive the HMAC key, so a caller can lend it
 * (Session.withDataKey) without it being held across the file reads.
 */
export async function verifyPages(path: string, dek: Buffer, pageSize = PAGE_SIZE): Promise<PageAuthResult> {
  const salt = readSalt(path);
  if (!salt) return statSync(path).size === 0 ? { pages: 0, badPages: [], wal: null } : { pages: 1, badPages: [1], wal: null };
  const hmacKey = deriveHmacKey(dek, salt);
  try {
    const { pages, badPages } = await verifyMainFile(path, hmacKey, pageSize);
    const wal = existsSync(path + '-wal') ? await verifyWal(path + '-wal', hmacKey, pageSize) : null;
    return { pages, badPages, wal };
  } finally {
    hmacKey.fill(0);
  }
}

/** The database salt is stored in clear as the first 16 bytes of page 1. */
function readSalt(path: string): Buffer | null {
  const fd = openSync(path, 'r');
  try {
    const salt = Buffer.alloc(SALT_BYTES);
    return readSync(fd, salt, 0, SALT_BYTES, 0) === SALT_BYTES ? salt : null;
  } finally {
    closeSync(fd);
  }
}

/** SQLCipher derives the HMAC key from the encryption key, never uses it directly. */
export function deriveHmacKey(dek: Buffer, salt: Buffer): Buffer {
  if (dek.length !== KEY_BYTES) throw new Error('data key must be 32 bytes');
  const hmacSalt = Buffer.from(salt.map((b) => b ^ HMAC_SALT_MASK));
  return pbkdf2Sync(dek, hmacSalt, FAST_KDF_ITER, KEY_BYTES, 'sha512');
}

/** One page as written to disk (main file or WAL frame body) against its page number. */
export function pageIsAuthentic(hmacKey: Buffer, page: Buffer, pgno: number): boolean {
  const pageSize = page.length;
  const ivEnd = pageSize - HMAC_BYTES;
  // Page 1 starts with the clear salt, which the HMAC does not cover.
  const start = pgno === 1 ? SALT_BYTES : 0;
  const pgnoLe = Buffer.alloc(4);
  pgnoLe.writeUInt32LE(pgno);
  const mac = createHmac('sha512', hmacKey).update(page.subarray(start, ivEnd)).update(pgnoLe).digest();
  return timingSafeEqual(mac, page.subarray(ivEnd));
}

function isLockBytePage(pgno: number, pageSize: number): boolean {
  return pgno === Math.floor(PENDING_BYTE / pageSize) + 1;
}

async function verifyMainFile(path: string, hmacKey: Buffer, pageSize: number): Promise<{ pages: number; badPages: number[] }> {
  const badPages: number[] = [];
  const file = await open(path, 'r');
  try {
    const buf = Buffer.alloc(pageSize * CHUNK_PAGES);
    let pgno = 1;
    for (;;) {
      const got = await readFully(file, buf, (pgno - 1) * pageSize);
      const whole = Math.floor(got / pageSize);
      for (let i = 0; i < whole; i++, pgno++) {
        if (isLockBytePage(pgno, pageSize)) continue;
        if (!pageIsAuthentic(hmacKey, buf.subarray(i * pageSize, (i + 1) * pageSize), pgno)) badPages.push(pgno);
      }
      if (got % pageSize !== 0) badPages.push(pgno++); // cut off part-way: a truncated copy
      if (got < buf.length) return { pages: pgno - 1, badPages };
    }
  } finally {
    await file.close();
  }
}

async function readFully(file: FileHandle, buf: Buffer, position: number): Promise<number> {
  let got = 0;
  while (got < buf.length) {
    const { bytesRead } = await file.read(buf, got, buf.length - got, position + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  return got;
}

/**
 * SQLite's own running checksum over the log, computed on the bytes as stored (for our
 * databases: ciphertext). `bigEndian` comes from the low bit of the log's magic number.
 */
function walChecksum(data: Buffer, bigEndian: boolean, s: [number, number]): [number, number] {
  let [s1, s2] = s;
  for (let i = 0; i + 8 <= data.length; i += 8) {
    const x0 = bigEndian ? data.readUInt32BE(i) : data.readUInt32LE(i);
    const x1 = bigEndian ? data.readUInt32BE(i + 4) : data.readUInt32LE(i + 4);
    s1 = (s1 + x0 + s2) >>> 0;
    s2 = (s2 + x1 + s1) >>> 0;
  }
  return [s1, s2];
}

/**
 * Reads the log the way SQLite's recovery does: frames of the current generation, chained
 * by checksum. SQLite silently stops at the first break, so a damaged committed frame
 * would drop every later transaction without an error; a break followed by a commit of
 * the same generation is therefore reported, while a break with no later commit is just
 * an interrupted write. Every frame SQLite would read is also authenticated by HMAC.
 */
async function verifyWal(path: string, hmacKey: Buffer, pageSize: number): Promise<WalAuthResult | null> {
  const file = await open(path, 'r');
  try {
    const header = Buffer.alloc(WAL_HEADER);
    if ((await readFully(file, header, 0)) < WAL_HEADER) return null; // empty after a TRUNCATE checkpoint
    const magic = header.readUInt32BE(0);
    const bigEndian = (magic & 1) === 1;
    let sum = walChecksum(header.subarray(0, 24), bigEndian, [0, 0]);
    const headerOk =
      (magic & ~1) >>> 0 === WAL_MAGIC &&
      header.readUInt32BE(8) === pageSize &&
      sum[0] === header.readUInt32BE(24) &&
      sum[1] === header.readUInt32BE(28);
    if (!headerOk) return { frames: 0, badFrames: [], ignoredFrames: 0, headerOk };
    const salts = header.subarray(16, 24);

    const frameSize = WAL_FRAME_HEADER + pageSize;
    const frame = Buffer.alloc(frameSize);
    const afterBreak: { n: number; current: boolean; commit: boolean; authentic: boolean }[] = [];
    const badFrames: number[] = [];
    let frames = 0;
    let broken = false;
    for (let n = 1; ; n++) {
      if ((await readFully(file, frame, WAL_HEADER + (n - 1) * frameSize)) < frameSize) break;
      const pgno = frame.readUInt32BE(0);
      const page = frame.subarray(WAL_FRAME_HEADER);
      // Older generations' leftovers carry other salts; so does a current frame whose
      // salt was damaged, which only a later current-generation commit gives away.
      const current = frame.subarray(8, 16).equals(salts);
      if (current) frames++;
      const authentic = pgno !== 0 && pageIsAuthentic(hmacKey, page, pgno);
      if (!broken && current) {
        sum = walChecksum(frame.subarray(0, 8), bigEndian, sum);
        sum = walChecksum(page, bigEndian, sum);
        if (pgno !== 0 && sum[0] === frame.readUInt32BE(16) && sum[1] === frame.readUInt32BE(20)) {
          if (!authentic) badFrames.push(n);
          continue;
        }
      }
      broken = true;
      afterBreak.push({ n, current, commit: current && frame.readUInt32BE(4) !== 0, authentic });
    }
    const lastCommit = afterBreak.findLastIndex((f) => f.commit);
    if (lastCommit < 0) return { frames, badFrames, ignoredFrames: afterBreak.length, headerOk };
    // Committed work past the break is invisible to SQLite: the break itself is damage,
    // and so is any frame of that work that fails authentication.
    const lost = afterBreak.slice(0, lastCommit + 1);
    badFrames.push(
      lost[0]!.n,
      ...lost
        .slice(1)
        .filter((f) => f.current && !f.authentic)
        .map((f) => f.n),
    );
    return { frames, badFrames, ignoredFrames: afterBreak.length - lost.length, headerOk };
  } finally {
    await file.close();
  }
}
