/**
 * Child process for the kill -9 test:
 * `node --import tsx crash-writer.ts <db> <round> <rows per transaction>`, data key (hex) on stdin. Opens the encrypted database the way core does and commits
 * write transactions in a loop, printing each transaction's id only after COMMIT
 * returned, until the parent kills it.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { writeSync } from 'node:fs';
import { openEncryptedDatabase } from '../db/open';
import { readStdinLine } from './stdin-line';

async function readKey(): Promise<Buffer> {
  return Buffer.from((await readStdinLine()).trim(), 'hex');
}

/** The parent reads ids line by line; a full pipe must slow us down, not lose a line. */
function say(line: string): void {
  const buf = Buffer.from(line + '\n');
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(1, buf, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    }
  }
}

function main(path: string, round: string, rows: number, key: Buffer): never {
  const db = openEncryptedDatabase(path, key);
  key.fill(0);
  // Frequent checkpoints, so some kills land in the middle of one.
  db.pragma('wal_autocheckpoint = 50');
  const insert = db.prepare('INSERT INTO payload (txn, part, body) VALUES (?, ?, ?)');
  const ack = db.prepare('INSERT INTO acked (id) VALUES (?)');
  const write = db.transaction((id: string) => {
    for (let part = 0; part < rows; part++) insert.run(id, part, randomBytes(randomInt(100, 6000)));
    ack.run(id);
  });
  say('ready');
  for (let n = 0; ; n++) {
    const id = `${round}-${n}`;
    write(id);
    say(id);
  }
}

const [path, round, rows] = process.argv.slice(2);
if (!path || !round || !(Number(rows) > 0)) {
  process.stderr.write('usage: crash-writer.ts <db> <round> <rows per transaction> (data key in hex on stdin)\n');
  process.exit(2);
}
readKey().then(
  (key) => main(path, round, Number(rows), key),
  (e: unknown) => {
    process.stderr.write(`${String(e)}\n`);
    process.exit(1);
  },
);
