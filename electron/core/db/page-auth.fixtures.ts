import { createDecipheriv } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { PAGE_SIZE } from './page-auth';

/**
 * Test helpers that read our encrypted files byte by byte. Decrypting pages here, in
 * Node, is also what proves the page layout page-auth.ts assumes (IV position, clear salt).
 */
const IV_START = PAGE_SIZE - 80;
const IV_END = PAGE_SIZE - 64;
export const WAL_HEADER = 32;
export const WAL_FRAME = 24 + PAGE_SIZE;

export function flipBit(path: string, offset: number, bit = 0): void {
  const fd = openSync(path, 'r+');
  try {
    const b = Buffer.alloc(1);
    readSync(fd, b, 0, 1, offset);
    b[0] = b[0]! ^ (1 << bit);
    writeSync(fd, b, 0, 1, offset);
  } finally {
    closeSync(fd);
  }
}

/** AES-256-CBC over the page minus its reserve; page 1 keeps its first 16 bytes (the salt) in clear. */
export function decryptPage(file: Buffer, pgno: number, dek: Buffer): Buffer {
  const page = file.subarray((pgno - 1) * PAGE_SIZE, pgno * PAGE_SIZE);
  const start = pgno === 1 ? 16 : 0;
  const d = createDecipheriv('aes-256-cbc', dek, page.subarray(IV_START, IV_END));
  d.setAutoPadding(false);
  const plain = Buffer.concat([d.update(page.subarray(start, IV_START)), d.final()]);
  return pgno === 1 ? Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), plain]) : plain;
}

/** Free-list leaf pages: never read by SQLite, not even by integrity_check. */
export function freeLeafPages(path: string, dek: Buffer): number[] {
  const file = readFileSync(path);
  const leaves: number[] = [];
  let trunk = decryptPage(file, 1, dek).readUInt32BE(32);
  while (trunk !== 0) {
    const t = decryptPage(file, trunk, dek);
    const count = t.readUInt32BE(4);
    for (let i = 0; i < count; i++) leaves.push(t.readUInt32BE(8 + 4 * i));
    trunk = t.readUInt32BE(0);
  }
  return leaves;
}

/** Byte offset of a page's ciphertext in the main file (past page 1's clear salt). */
export function pageOffset(pgno: number, within = 100): number {
  return (pgno - 1) * PAGE_SIZE + within;
}

export function walFrameOffset(frame: number): number {
  return WAL_HEADER + (frame - 1) * WAL_FRAME;
}
