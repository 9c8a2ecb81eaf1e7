import { randomBytes } from 'node:crypto';
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEncryptedDatabase, type SqliteDb } from './open';
import { PAGE_SIZE, pageAuthOk, verifyPages } from './page-auth';
import { WAL_FRAME, decryptPage, flipBit, freeLeafPages, pageOffset, walFrameOffset } from './page-auth.fixtures';

let dir: string;
let dek: Buffer;
let dbPath: string;
let pageCount: number;

function copyOf(name: string, withWal = false): string {
  const path = join(dir, `${name}.db`);
  copyFileSync(dbPath, path);
  if (withWal) copyFileSync(dbPath + '-wal', path + '-wal');
  return path;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'amizero-page-auth-'));
  dek = randomBytes(32);
  dbPath = join(dir, 'fresh.db');
  const db = openEncryptedDatabase(dbPath, dek, { create: true });
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  db.exec('CREATE INDEX notes_body ON notes (body)');
  const insert = db.prepare('INSERT INTO notes (body) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 400; i++) insert.run(`note ${i} ` + 'x'.repeat(300));
  })();
  // Deleted rows leave free pages behind: the part of the file integrity_check never reads.
  db.exec('DELETE FROM notes WHERE id > 200');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  pageCount = statSync(dbPath).size / PAGE_SIZE;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('verifyPages on the main file', () => {
  it('decrypts page 1 to the header SQLCipher 4 settings imply (the layout page-auth assumes)', () => {
    const header = decryptPage(readFileSync(dbPath), 1, dek);
    expect(header.readUInt16BE(16)).toBe(PAGE_SIZE);
    expect(header[20]).toBe(80); // reserve: 16-byte IV + 64-byte HMAC-SHA512
    expect(header.readUInt32BE(28)).toBe(pageCount);
  });

  it('finds every page of a fresh database authentic', async () => {
    expect(pageCount).toBeGreaterThan(20);
    const r = await verifyPages(dbPath, dek);
    expect(r).toEqual({ pages: pageCount, badPages: [], wal: null });
    expect(pageAuthOk(r)).toBe(true);
  });

  it('fails every page with the wrong key', async () => {
    const r = await verifyPages(dbPath, randomBytes(32));
    expect(r.badPages).toHaveLength(pageCount);
  });

  it.each([
    ['page 1', () => 1, 100],
    ['a middle page', () => Math.ceil(pageCount / 2), 2000],
    ['the last page', () => pageCount, 4000],
    ['an IV', () => 3, PAGE_SIZE - 70],
    ['a stored HMAC', () => 4, PAGE_SIZE - 1],
  ])('reports one flipped bit in %s with its page number', async (name, page, within) => {
    const pgno = page();
    const path = copyOf(`flip-${name.replace(/\W/g, '')}`);
    flipBit(path, pageOffset(pgno, within), 5);
    const r = await verifyPages(path, dek);
    expect(r.badPages).toEqual([pgno]);
    expect(pageAuthOk(r)).toBe(false);
  });

  it('reports a flipped bit in a free page that integrity_check does not see', async () => {
    const free = freeLeafPages(dbPath, dek);
    expect(free.length).toBeGreaterThan(0);
    const pgno = free[Math.floor(free.length / 2)]!;
    const path = copyOf('flip-free');
    flipBit(path, pageOffset(pgno, 1234), 3);
    expect(await verifyPages(path, dek)).toMatchObject({ badPages: [pgno] });

    const db = openEncryptedDatabase(path, dek);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  });

  it('fails every page when the clear salt is damaged (the HMAC key derives from it)', async () => {
    const path = copyOf('flip-salt');
    flipBit(path, 3);
    expect((await verifyPages(path, dek)).badPages).toHaveLength(pageCount);
  });

  it('reports a copy cut off part-way through its last page', async () => {
    const path = copyOf('truncated');
    truncateSync(path, statSync(path).size - 100);
    expect((await verifyPages(path, dek)).badPages).toEqual([pageCount]);
  });

  it('reports a file too short to hold even the salt, and accepts an empty one', async () => {
    const path = copyOf('stub');
    truncateSync(path, 10);
    expect(await verifyPages(path, dek)).toEqual({ pages: 1, badPages: [1], wal: null });
    truncateSync(path, 0);
    expect(await verifyPages(path, dek)).toEqual({ pages: 0, badPages: [], wal: null });
  });

  it('streams files larger than one read chunk', async () => {
    const path = join(dir, 'large.db');
    const db = openEncryptedDatabase(path, dek, { create: true });
    db.exec('CREATE TABLE blobs (b BLOB)');
    const insert = db.prepare('INSERT INTO blobs VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 40; i++) insert.run(randomBytes(64 * 1024));
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const pages = statSync(path).size / PAGE_SIZE;
    expect(pages).toBeGreaterThan(600);
    const last = pages - 1;
    flipBit(path, pageOffset(300));
    flipBit(path, pageOffset(last));
    expect((await verifyPages(path, dek)).badPages).toEqual([300, last]);
  });
});

describe('verifyPages on the write-ahead log', () => {
  let live: SqliteDb;
  let walPath: string;
  let frames: number;

  beforeAll(() => {
    walPath = join(dir, 'live.db');
    live = openEncryptedDatabase(walPath, dek, { create: true });
    live.pragma('wal_autocheckpoint = 0'); // keep every frame in the log for the test
    live.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const insert = live.prepare('INSERT INTO notes (body) VALUES (?)');
    for (let i = 0; i < 6; i++) insert.run(`note ${i} ` + 'y'.repeat(2000));
    frames = (statSync(walPath + '-wal').size - 32) / WAL_FRAME;
  });

  afterAll(() => live.close());

  function walCopy(name: string): string {
    const path = join(dir, `${name}.db`);
    copyFileSync(walPath, path);
    copyFileSync(walPath + '-wal', path + '-wal');
    return path;
  }

  function rowsIn(path: string): number {
    const db = openEncryptedDatabase(path, dek);
    try {
      return (db.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n;
    } finally {
      db.close();
    }
  }

  it('authenticates every frame of a live log', async () => {
    expect(frames).toBeGreaterThan(6);
    const r = await verifyPages(walPath, dek);
    expect(r.badPages).toEqual([]);
    expect(r.wal).toEqual({ frames, badFrames: [], ignoredFrames: 0, headerOk: true });
  });

  it('reports a damaged committed frame that SQLite would silently skip, losing later commits', async () => {
    const path = walCopy('wal-flip');
    flipBit(path + '-wal', walFrameOffset(3) + 24 + 500);
    const r = await verifyPages(path, dek);
    expect(r.wal?.badFrames).toEqual([3]);
    expect(pageAuthOk(r)).toBe(false);
    // What the check guards against: SQLite opens the copy without a word and rows are gone.
    expect(rowsIn(path)).toBeLessThan(6);
  });

  it('reports damage to the last commit frame', async () => {
    const path = walCopy('wal-flip-last');
    flipBit(path + '-wal', walFrameOffset(frames) + 24 + 10);
    expect((await verifyPages(path, dek)).wal?.badFrames).toEqual([frames]);
  });

  it('reports a damaged log header, which makes SQLite ignore the whole log', async () => {
    const path = walCopy('wal-header');
    flipBit(path + '-wal', 17);
    const r = await verifyPages(path, dek);
    expect(r.wal?.headerOk).toBe(false);
    expect(pageAuthOk(r)).toBe(false);
  });

  it('ignores an interrupted, uncommitted write at the end of the log', async () => {
    const path = walCopy('wal-torn');
    const wal = readFileSync(path + '-wal');
    const torn = Buffer.from(wal.subarray(walFrameOffset(frames), walFrameOffset(frames) + WAL_FRAME));
    torn.writeUInt32BE(0, 4); // not a commit
    randomBytes(PAGE_SIZE).copy(torn, 24);
    appendFileSync(path + '-wal', torn);
    const r = await verifyPages(path, dek);
    expect(r.wal).toEqual({ frames: frames + 1, badFrames: [], ignoredFrames: 1, headerOk: true });
    expect(pageAuthOk(r)).toBe(true);
    expect(rowsIn(path)).toBe(6);
  });
});
