import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SqliteDb } from '../db/open';
import { entryHash, GENESIS_HASH, type ChainFields } from './chain';
import { anchorIsAuthentic, checkAnchor, rekeyAnchor } from './anchor';
import { randomBytes } from 'node:crypto';
import { readKeyring } from '../vault/keyring';
import { runDoctor } from '../doctor';
import { copyVault, openCore, setupVault, signIn, TempDirs, type VaultTemplate } from '../testing/vault-fixture';
import { dataKeyOf, editKeyring, openRaw, withoutGuards } from '../testing/raw-db';

/**
 * The chain head anchored in keyring.json. Someone holding the data key can rewrite the
 * log inside the database consistently (every hash recomputed) or drop its newest
 * entries; neither matches the anchor the app wrote beside it.
 */
const dirs = new TempDirs();
let dek: Buffer;
let base: VaultTemplate;
beforeAll(async () => {
  const made = await setupVault(dirs.make('anchor'), { staff: ['counsellor'] });
  base = made.template;
  await made.core.call('settings.update', { idleLockMinutes: 9 });
  await made.core.close();
  dek = await dataKeyOf(base.dir, base.recoveryKey);
});
afterAll(() => {
  dek?.fill(0);
  return dirs.cleanup();
});

const keyringOf = (dir: string) => readKeyring(join(dir, 'keyring.json'));

function chainCount(dir: string): number {
  const db = openRaw(dir, dek);
  try {
    return db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  } finally {
    db.close();
  }
}

function tamper(dir: string, edit: (db: SqliteDb) => void): void {
  const db = openRaw(dir, dek);
  try {
    withoutGuards(db, edit);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/** Rewrites every entry from `fromSeq` on with fresh, valid hashes: a chain that verifies on its own. */
function rehash(db: SqliteDb, fromSeq = 1): void {
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as (ChainFields & { hash: string })[];
  let prev = GENESIS_HASH;
  const set = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?');
  for (const r of rows) {
    if (r.seq >= fromSeq) {
      const fields = { ...r, prev_hash: prev };
      r.hash = entryHash(fields);
      set.run(prev, r.hash, r.seq);
    }
    prev = r.hash;
  }
}

async function verify(dir: string) {
  const core = openCore(dir);
  await signIn(core, base.manager);
  const r = await core.call('audit.verify', {});
  await core.close();
  return r;
}

describe('audit chain head in keyring.json', () => {
  it('is written at lock with the whole chain, under a MAC from the data key', () => {
    const k = keyringOf(base.dir);
    expect(k.auditAnchor).toBeDefined();
    expect(k.auditAnchor!.count).toBe(chainCount(base.dir));
    expect(anchorIsAuthentic(k, dek, k.auditAnchor!)).toBe(true);
    expect(readFileSync(join(base.dir, 'keyring.json'), 'utf8')).not.toContain(dek.toString('hex'));
  });

  it('a chain longer than its anchor (entries since the last lock, a crash) is fine', async () => {
    const dir = copyVault(base.dir, dirs);
    const core = openCore(dir);
    await signIn(core, base.manager);
    await core.call('settings.update', { idleLockMinutes: 11 });
    // No lock: the process "dies" with the anchor behind the chain.
    core.state.session!.close();
    core.state.session = null;
    expect(chainCount(dir)).toBeGreaterThan(keyringOf(dir).auditAnchor!.count);
    const r = await verify(dir);
    expect(r).toMatchObject({ ok: true, problems: [] });
    expect(keyringOf(dir).auditAnchor!.count).toBe(chainCount(dir));
  });

  it('dropping the newest entries is detected by audit.verify and doctor', async () => {
    const dir = copyVault(base.dir, dirs);
    const anchored = keyringOf(dir).auditAnchor!.count;
    tamper(dir, (db) => db.prepare('DELETE FROM audit_log WHERE seq > ?').run(anchored - 3));
    const r = await verify(dir);
    expect(r.ok).toBe(false);
    expect(r.problems).toContainEqual({ seq: anchored, kind: 'truncated' });
    const report = await runDoctor(dir, base.manager.username, base.manager.password);
    expect(report.checks.find((c) => c.id === 'audit')).toMatchObject({ status: 'failed' });
    // The anchor is never moved onto the shortened chain by the sign-ins above.
    expect(keyringOf(dir).auditAnchor!.count).toBe(anchored);
  });

  it('rewriting the whole chain with the data key is detected', async () => {
    const dir = copyVault(base.dir, dirs);
    tamper(dir, (db) => {
      db.prepare(`UPDATE audit_log SET details = '{"idleLockMinutes":60}' WHERE action = 'settings.changed'`).run();
      rehash(db);
    });
    const r = await verify(dir);
    expect(r.ok).toBe(false);
    expect(r.problems.filter((p) => p.kind !== 'rewritten')).toEqual([]);
    expect(r.problems).toContainEqual({ seq: keyringOf(base.dir).auditAnchor!.count, kind: 'rewritten' });
  });

  it('an anchor edited without the data key is detected', async () => {
    const dir = copyVault(base.dir, dirs);
    editKeyring(dir, (k) => {
      (k.auditAnchor as { count: number }).count -= 2;
    });
    const r = await verify(dir);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.kind)).toContain('anchor_invalid');
  });

  it('re-keying moves the anchor to the new key, and keeps a mismatch visible', async () => {
    const dir = copyVault(base.dir, dirs);
    const anchored = keyringOf(dir).auditAnchor!.count;
    tamper(dir, (db) => db.prepare('DELETE FROM audit_log WHERE seq > ?').run(anchored - 2));
    const core = openCore(dir);
    await signIn(core, base.manager);
    const db = core.state.session!.db;
    const fresh = randomBytes(32);
    const moved = await rekeyAnchor(db, keyringOf(dir), dek, fresh);
    expect(anchorIsAuthentic(moved, fresh, moved.auditAnchor!)).toBe(true);
    expect(await checkAnchor(db, moved, fresh)).toEqual({ status: 'truncated', anchored });
    await core.close();
  });
});
