import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openEncryptedDatabase } from './open';
import { TempDirs } from '../testing/vault-fixture';

const ROUNDS = 24;
const ROWS_PER_TRANSACTION = 3;
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const WRITER = fileURLToPath(new URL('../testing/crash-writer.ts', import.meta.url));

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

/** Starts the writer, kills it with SIGKILL at a random moment, returns the ids it acknowledged. */
function killedRun(dbPath: string, key: Buffer, round: number): Promise<{ acked: string[]; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dbPath, String(round), String(ROWS_PER_TRANSACTION)], {
      cwd: REPO_ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (!timer && out.startsWith('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), randomInt(0, 400));
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(giveUp);
      if (timer) clearTimeout(timer);
      if (!out.startsWith('ready\n')) return reject(new Error(`writer did not start (code ${code}): ${err}`));
      // Only complete lines count: a half-printed id was never acknowledged.
      const lines = out
        .slice(0, out.lastIndexOf('\n') + 1)
        .split('\n')
        .filter(Boolean);
      resolve({ acked: lines.slice(1), signal });
    });
    child.stdin.end(key.toString('hex') + '\n');
  });
}

describe('kill -9 during write transactions', () => {
  it(`keeps every acknowledged transaction and a sound file over ${ROUNDS} rounds`, async () => {
    const dbPath = join(dirs.make('crash'), 'crash.db');
    const key = randomBytes(32);
    const setup = openEncryptedDatabase(dbPath, key, { create: true });
    setup.exec(
      'CREATE TABLE acked (id TEXT PRIMARY KEY); CREATE TABLE payload (txn TEXT NOT NULL, part INTEGER NOT NULL, body BLOB NOT NULL, PRIMARY KEY (txn, part));',
    );
    setup.close();

    const allAcked: string[] = [];
    let roundsWithWrites = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const { acked, signal } = await killedRun(dbPath, key, round);
      expect(signal).toBe('SIGKILL');
      if (acked.length) roundsWithWrites++;
      allAcked.push(...acked);

      const db = openEncryptedDatabase(dbPath, key);
      try {
        expect(db.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok');
        const present = new Set((db.prepare('SELECT id FROM acked').all() as { id: string }[]).map((r) => r.id));
        const lost = allAcked.filter((id) => !present.has(id));
        expect(lost, `round ${round}: acknowledged but gone`).toEqual([]);
        // Transactions are whole: never an acknowledgement without all its rows, nor rows without it.
        const partial = db
          .prepare('SELECT txn, count(*) AS n FROM payload GROUP BY txn HAVING n != ? OR txn NOT IN (SELECT id FROM acked)')
          .all(ROWS_PER_TRANSACTION);
        expect(partial, `round ${round}`).toEqual([]);
      } finally {
        db.close();
      }
    }
    // Not vacuous: most kills landed while transactions were being written.
    expect(roundsWithWrites).toBeGreaterThanOrEqual(ROUNDS / 2);
    expect(allAcked.length).toBeGreaterThan(ROUNDS * 5);
  });
});
