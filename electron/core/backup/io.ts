import type { FileHandle } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';

/**
 * One gathered write (pwritev) of the batch at `position`; a short write finishes with
 * plain writes. Explicit positions let several batches be in flight at once safely.
 */
export async function writeGathered(fh: FileHandle, bufs: Buffer[], size: number, position: number): Promise<void> {
  const { bytesWritten } = await fh.writev(bufs, position);
  if (bytesWritten === size) return;
  const rest = Buffer.concat(bufs, size).subarray(bytesWritten);
  let off = 0;
  while (off < rest.length) off += (await fh.write(rest, off, rest.length - off, position + bytesWritten + off)).bytesWritten;
}

/**
 * sha256 of [0, size) of a file, computed on another thread from its own read of the
 * file. Used for a frozen snapshot (its bytes cannot change while the backup runs): the
 * hashing then costs the backup no time on a machine with a second core, and a sum from
 * an independent read also catches bytes that changed between the two reads. Plain
 * JavaScript evaluated in the worker, so it needs no separate bundle entry in Electron.
 * With a page size it also returns, per page, its sha256 and its mark (see PAGE_MARK_BYTES);
 * with `marksOnly` nothing but the marks, which an incremental backup compares.
 */
const HASH_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
const { path, size, pageSize, marksOnly, markBytes } = workerData;
const hash = marksOnly ? null : createHash('sha256');
const count = pageSize ? size / pageSize : 0;
const pages = pageSize && !marksOnly ? Buffer.alloc(count * 32) : null;
const marks = pageSize ? Buffer.alloc(count * markBytes) : null;
const buf = Buffer.allocUnsafe(pageSize ? pageSize * 1024 : 4 << 20);
const fd = openSync(path, 'r');
try {
  let off = 0;
  while (off < size) {
    const n = readSync(fd, buf, 0, Math.min(buf.length, size - off), off);
    if (n === 0) throw new Error('the file ended early');
    if (hash) hash.update(buf.subarray(0, n));
    if (pageSize) {
      if (n % pageSize !== 0) throw new Error('short read inside a page');
      for (let p = 0; p < n; p += pageSize) {
        const index = (off + p) / pageSize;
        if (pages) createHash('sha256').update(buf.subarray(p, p + pageSize)).digest().copy(pages, index * 32);
        buf.copy(marks, index * markBytes, p + pageSize - markBytes, p + pageSize);
      }
    }
    off += n;
  }
} finally {
  closeSync(fd);
}
parentPort.postMessage({ sha256: hash ? hash.digest('hex') : null, pages, marks });
`;

/**
 * A page's mark: its last 32 bytes, the end of the HMAC-SHA512 that SQLCipher 4 writes in
 * every page's reserved bytes after a fresh random IV. Any write of a page changes it, so
 * comparing marks finds the changed pages without hashing the unchanged ones.
 */
export const PAGE_MARK_BYTES = 32;

/** Pages whose marks are compared at once before looking at each (8 KiB of marks). */
const MARK_BLOCK_PAGES = 256;

/**
 * The 0-based indexes, ascending, of the pages whose mark in `now` differs from `old`'s or
 * that lie beyond `old`'s end. A day changes a few hundred of hundreds of thousands of
 * pages: one comparison per block of marks skips the unchanged blocks, instead of one
 * call per page (about 0.1 s at 100,000 residents, on core's thread).
 */
export function changedPageIndexes(old: Buffer, now: Buffer): number[] {
  const oldPages = Math.floor(old.length / PAGE_MARK_BYTES);
  const pages = Math.floor(now.length / PAGE_MARK_BYTES);
  const changed: number[] = [];
  for (let first = 0; first < pages; first += MARK_BLOCK_PAGES) {
    const end = Math.min(first + MARK_BLOCK_PAGES, pages);
    const [from, to] = [first * PAGE_MARK_BYTES, end * PAGE_MARK_BYTES];
    if (end <= oldPages && now.compare(old, from, to, from, to) === 0) continue;
    for (let i = first; i < end; i++) {
      const m = i * PAGE_MARK_BYTES;
      if (i < oldPages && now.compare(old, m, m + PAGE_MARK_BYTES, m, m + PAGE_MARK_BYTES) === 0) continue;
      changed.push(i);
    }
  }
  return changed;
}

export interface BackgroundHash {
  /** The whole file's sha256 (not with marksOnly). */
  result: Promise<string>;
  /** Only when a page size was given (and not marksOnly): 32 bytes (sha256) per page, in page order. */
  pages: Promise<Buffer>;
  /** Only when a page size was given: PAGE_MARK_BYTES per page, in page order. */
  marks: Promise<Buffer>;
  stop(): void;
}

export function hashFileInBackground(path: string, size: number, pageSize?: number, o: { marksOnly?: boolean } = {}): BackgroundHash {
  if (pageSize && size % pageSize !== 0) throw new Error('the file is not a whole number of pages');
  if (o.marksOnly && !pageSize) throw new Error('marks need a page size');
  const worker = new Worker(HASH_WORKER, {
    eval: true,
    workerData: { path, size, pageSize: pageSize ?? 0, marksOnly: Boolean(o.marksOnly), markBytes: PAGE_MARK_BYTES },
  });
  type Message = { sha256: string | null; pages: Uint8Array | null; marks: Uint8Array | null };
  const all = new Promise<Message>((resolve, reject) => {
    worker.once('message', (m: Message) => resolve(m));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`hash worker stopped (${code})`)));
  });
  const bytes = (b: Uint8Array | null, what: string) => {
    if (!b) throw new Error(`no ${what} were asked for`);
    return Buffer.from(b.buffer, b.byteOffset, b.length);
  };
  const result = all.then((m) => {
    if (m.sha256 === null) throw new Error('no file sum was asked for');
    return m.sha256;
  });
  const pages = all.then((m) => bytes(m.pages, 'page sums'));
  const marks = all.then((m) => bytes(m.marks, 'page marks'));
  for (const p of [result, pages, marks]) p.catch(() => undefined);
  return { result, pages, marks, stop: () => void worker.terminate() };
}
