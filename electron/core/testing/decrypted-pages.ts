import { createDecipheriv } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { PAGE_SIZE } from '../db/page-auth';

/**
 * Test-only: every page of a database file and of its WAL, decrypted with the data key,
 * free pages and stale WAL frames included. SQL only shows live rows; this shows what the
 * key holder (or a thief with a staff password) could still read off the disk, so an
 * erasure can be checked where it matters. Layout as in db/page-auth.ts: SQLCipher 4 with
 * a raw key, AES-256-CBC per page, the IV in the 80 reserved bytes at its end, the file's
 * 16-byte salt in place of the first 16 bytes of page 1.
 */
const RESERVED = 80;
const SALT = 16;
const WAL_HEADER = 32;
const WAL_FRAME_HEADER = 24;

function decryptPage(dek: Buffer, page: Buffer, pgno: number): Buffer {
  const start = pgno === 1 ? SALT : 0;
  const iv = page.subarray(PAGE_SIZE - RESERVED, PAGE_SIZE - RESERVED + 16);
  const d = createDecipheriv('aes-256-cbc', dek, iv);
  d.setAutoPadding(false);
  return Buffer.concat([d.update(page.subarray(start, PAGE_SIZE - RESERVED)), d.final()]);
}

export function decryptedPages(dbPath: string, dek: Buffer): Buffer {
  const out: Buffer[] = [];
  if (existsSync(dbPath)) {
    const file = readFileSync(dbPath);
    for (let off = 0, pgno = 1; off + PAGE_SIZE <= file.length; off += PAGE_SIZE, pgno++) {
      // The lock-byte page at 1 GiB is never written.
      if (off === 0x40000000) continue;
      out.push(decryptPage(dek, file.subarray(off, off + PAGE_SIZE), pgno));
    }
  }
  const walPath = `${dbPath}-wal`;
  if (existsSync(walPath)) {
    const wal = readFileSync(walPath);
    for (let off = WAL_HEADER; off + WAL_FRAME_HEADER + PAGE_SIZE <= wal.length; off += WAL_FRAME_HEADER + PAGE_SIZE) {
      const pgno = wal.readUInt32BE(off);
      out.push(decryptPage(dek, wal.subarray(off + WAL_FRAME_HEADER, off + WAL_FRAME_HEADER + PAGE_SIZE), pgno));
    }
  }
  return Buffer.concat(out);
}
