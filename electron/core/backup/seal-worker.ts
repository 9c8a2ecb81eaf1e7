import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';

/**
 * Seals the backup's payload on a worker thread: the tar prefix, then [offset, offset + size)
 * of the snapshot file (or of the backup file a piece is cut from), then a suffix the caller supplies once the file is through (the checksum
 * trailer), as the age STREAM, written straight to the partial file at `position`.
 *
 * Why a thread: node:crypto hands back a new 64 KiB buffer for every sealed chunk. On the
 * thread core runs on, that garbage triggered major collections of core's whole heap,
 * 100–140 ms per 536 MB backup in `npm run bench`; a worker's heap is nearly empty. It also
 * leaves core's own thread free for the window's calls while a long backup runs.
 *
 * The source is plain JavaScript evaluated in the worker, like the hash worker in io.ts, so
 * it needs no bundle entry of its own in Electron or the CLI. It repeats the STREAM rules
 * of age/stream.ts (64 KiB chunks, the nonce layout, the last chunk held back for its
 * flag); seal-worker.test.ts holds the two to the same bytes, and the interop tests have
 * the stock `age` tool decrypt what it writes.
 */
const SEAL_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createCipheriv } = require('node:crypto');
const { closeSync, openSync, readSync, writeSync, writevSync } = require('node:fs');
const CHUNK = 65536;
const TAG = 16;
const IO = 4 << 20;
const { fd, sourcePath, sourceOffset, size, cancel } = workerData;
// Views, not copies, of what was cloned into this thread, so zeroing them leaves no other copy.
const view = (u8) => Buffer.from(u8.buffer, u8.byteOffset, u8.length);
const key = view(workerData.key);
let position = workerData.position;
let counter = 0;

function seal(last, plain) {
  const nonce = Buffer.alloc(12);
  nonce.writeUIntBE(counter++, 5, 6);
  nonce[11] = last ? 1 : 0;
  const c = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: TAG });
  const body = c.update(plain);
  c.final();
  push(body);
  push(c.getAuthTag());
}

let batch = [];
let batchBytes = 0;
function push(b) {
  batch.push(b);
  batchBytes += b.length;
  if (batchBytes >= IO || batch.length >= 512) flush();
}
function flush() {
  if (batchBytes === 0) return;
  let written = writevSync(fd, batch, position);
  if (written < batchBytes) {
    const all = Buffer.concat(batch, batchBytes);
    while (written < batchBytes) written += writeSync(fd, all, written, batchBytes - written, position + written);
  }
  position += batchBytes;
  batch = [];
  batchBytes = 0;
}

// A full chunk is held back until more input proves it is not the last.
const pending = Buffer.allocUnsafe(CHUNK);
let pendingBytes = 0;
function feed(data) {
  let off = 0;
  if (data.length === 0) return;
  if (pendingBytes > 0) {
    if (pendingBytes < CHUNK) {
      off = Math.min(CHUNK - pendingBytes, data.length);
      data.copy(pending, pendingBytes, 0, off);
      pendingBytes += off;
      if (off === data.length) return;
    }
    seal(false, pending);
    pendingBytes = 0;
  }
  while (data.length - off > CHUNK) {
    seal(false, data.subarray(off, off + CHUNK));
    off += CHUNK;
  }
  data.copy(pending, 0, off);
  pendingBytes = data.length - off;
}

// The key, and the held-back chunk: it held the prefix (the manifest, with the data key)
// and, depending on the database's size, the tail of it may still be there at the end.
function wipe() {
  key.fill(0);
  pending.fill(0);
}

function fail(e) {
  wipe();
  parentPort.postMessage({ error: { message: String((e && e.message) || e), code: e && e.code } });
}

function run() {
  const prefix = view(workerData.prefix);
  feed(prefix);
  prefix.fill(0);
  const buf = Buffer.allocUnsafe(IO);
  const source = openSync(sourcePath, 'r');
  let done = 0;
  try {
    while (done < size) {
      if (Atomics.load(cancel, 0) !== 0) {
        wipe();
        parentPort.postMessage({ cancelled: true });
        return;
      }
      const n = readSync(source, buf, 0, Math.min(IO, size - done), sourceOffset + done);
      if (n === 0) throw Object.assign(new Error('the snapshot ended early'), { code: 'SNAPSHOT_SHORT' });
      feed(buf.subarray(0, n));
      done += n;
      parentPort.postMessage({ progress: done });
    }
  } finally {
    closeSync(source);
  }
  parentPort.once('message', (suffix) => {
    try {
      feed(Buffer.from(suffix));
      seal(true, pending.subarray(0, pendingBytes));
      flush();
      wipe();
      parentPort.postMessage({ end: position });
    } catch (e) {
      fail(e);
    }
  });
  parentPort.postMessage({ needSuffix: true });
}

try {
  run();
} catch (e) {
  fail(e);
}
`;

export interface SealToFileOptions {
  /** Open for writing; the age header is already at [0, position). */
  fd: number;
  position: number;
  /** The payload key (age's HKDF of file key and nonce); copied to the worker, which zeroes its copy. */
  key: Buffer;
  prefix: Buffer;
  sourcePath: string;
  /** Where in the source its [0, size) starts (a piece is a slice of a backup file); 0 by default. */
  sourceOffset?: number;
  size: number;
  /** Asked for once every byte of the source is sealed. */
  suffix: () => Promise<Buffer>;
  signal?: AbortSignal;
  onProgress?: (done: number) => void;
}

type WorkerMessage =
  { progress: number } | { needSuffix: true } | { end: number } | { cancelled: true } | { error: { message: string; code?: string } };

/** Resolves with the file's length once everything is written (not yet fsynced). */
export function sealToFile(o: SealToFileOptions): Promise<number> {
  const cancel = new Int32Array(new SharedArrayBuffer(4));
  // Shared, not cloned: a clone passes through a serialisation buffer that is freed
  // without being wiped, and the prefix holds the manifest with the data key.
  const sharedPrefix = new Uint8Array(new SharedArrayBuffer(o.prefix.length));
  sharedPrefix.set(o.prefix);
  const worker = new Worker(SEAL_WORKER, {
    eval: true,
    workerData: {
      fd: o.fd,
      position: o.position,
      key: new Uint8Array(o.key),
      prefix: sharedPrefix,
      sourcePath: o.sourcePath,
      sourceOffset: o.sourceOffset ?? 0,
      size: o.size,
      cancel,
    },
  });
  const onAbort = () => Atomics.store(cancel, 0, 1);
  o.signal?.addEventListener('abort', onAbort, { once: true });
  if (o.signal?.aborted) onAbort();
  return new Promise<number>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      o.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      sharedPrefix.fill(0);
      fn();
    };
    worker.on('message', (m: WorkerMessage) => {
      if ('progress' in m) o.onProgress?.(m.progress);
      else if ('needSuffix' in m) {
        if (o.signal?.aborted) return finish(() => reject(cancelled()));
        o.suffix().then(
          (suffix) => {
            // Posted in a buffer of its own: posting a view clones its whole ArrayBuffer,
            // which for a small Buffer is node's shared pool, secrets of its neighbours included.
            const own = new Uint8Array(suffix.length);
            own.set(suffix);
            worker.postMessage(own, [own.buffer]);
          },
          (e: unknown) => finish(() => reject(e)),
        );
      } else if ('end' in m) finish(() => resolve(m.end));
      else if ('cancelled' in m) finish(() => reject(cancelled()));
      else if (m.error.code === 'SNAPSHOT_SHORT')
        finish(() => reject(new AppError('INTERNAL', 'snapshot changed size while being written')));
      // The code (ENOSPC, EIO…) is what toBackupError turns into the message the manager reads.
      else finish(() => reject(Object.assign(new Error(m.error.message), { code: m.error.code })));
    });
    worker.once('error', (e) => finish(() => reject(e)));
    worker.once('exit', (code) => finish(() => reject(new Error(`the backup writer stopped (${code})`))));
  });
}

function cancelled(): AppError {
  return new AppError('BACKUP_CANCELLED', 'the backup was cancelled');
}
