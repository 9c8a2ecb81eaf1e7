import { afterAll, describe, expect, it } from 'vitest';
import { randomBytes, randomInt } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openEncryptedDatabase } from './open';
import { TempDirs } from '../testing/vault-fixture';
import { runUntilKilled } from '../testing/kill-child';

const ROUNDS = 24;
const ROWS_PER_TRANSACTION = 3;
const WRITER = fileURLToPath(new URL('../testing/crash-writer.ts', import.meta.url));

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

/** Starts the writer, kills it with SIGKILL at a random moment, returns the ids it acknowledged. */
async function killedRun(dbPath: string, key: Buffer, round: number): Promise<{ acked: string[]; signal: NodeJS.Signals | null }> {
  const r = await runUntilKilled(WRITER, [dbPath, String(round), String(ROWS_PER_TRANSACTION)], {
    stdin: key.toString('hex') + '\n',
    killAfter: (out) => (out.startsWith('ready\n') ? randomInt(0, 400) : null),
    giveUpMs: 20_000,
  });
  if (r.lines[0] !== 'ready') throw new Error(`writer did not start (code ${r.code}): ${r.stderr}`);
  return { acked: r.lines.slice(1), signal: r.signal };
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
