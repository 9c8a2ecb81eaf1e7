import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqliteDb } from '../db/open';
import { verifyChain, type ChainFields } from './chain';
import { copyVault, openCore, setupVault, signIn, TempDirs, type VaultTemplate } from '../testing/vault-fixture';
import { dataKeyOf, openRaw, withoutGuards } from '../testing/raw-db';

/**
 * The audit log is append-only twice over: triggers stop the app's own connection from
 * rewriting it, and the hash chain shows what someone with the key and a raw
 * connection did anyway.
 */
const dirs = new TempDirs();
/** The data key, unwrapped once: every copy of the vault shares it. */
let dek: Buffer;
afterAll(() => {
  dek?.fill(0);
  return dirs.cleanup();
});
/** A vault with a log written by real actions, locked. */
let busyDir: string;
let busy: VaultTemplate;

beforeAll(async () => {
  busyDir = dirs.make('busy');
  const made = await setupVault(busyDir, { staff: ['counsellor'] });
  busy = made.template;
  const core = made.core;
  await core.call('settings.update', { idleLockMinutes: 7 });
  await core.call('users.update', { id: busy.staff.counsellor!.id, fullName: 'Renamed Counsellor' });
  await core.call('users.disable', { id: busy.staff.counsellor!.id });
  await core.call('auth.lock', { reason: 'manual' });
  await expect(core.call('auth.signIn', { username: 'no.such.person', password: 'Wrong-Guess-Again-32' })).rejects.toThrow();
  await signIn(core, busy.manager);
  await core.close();
  dek = await dataKeyOf(busyDir, busy.recoveryKey);
});

function rows(db: SqliteDb): (ChainFields & { hash: string })[] {
  return db
    .prepare('SELECT seq, at, actor_id, action, target_type, target_id, details, prev_hash, hash FROM audit_log ORDER BY seq')
    .all() as never;
}

/**
 * What an attacker holding the data key can do: open the file raw, drop the guards, edit,
 * and put the guards back as they were (a schema left without them is refused on open).
 */
function tamper(edit: (db: SqliteDb) => void): string {
  const dir = copyVault(busyDir, dirs, 'tampered');
  const db = openRaw(dir, dek);
  try {
    withoutGuards(db, edit);
  } finally {
    db.close();
  }
  return dir;
}

async function verifyThroughCore(dir: string) {
  const core = openCore(dir);
  await signIn(core, busy.manager);
  const result = await core.call('audit.verify', {});
  await core.close();
  return result;
}

function verifyRaw(dir: string) {
  const db = openRaw(dir, dek);
  try {
    return verifyChain(rows(db));
  } finally {
    db.close();
  }
}

describe('audit chain written by real actions', () => {
  it('verifies, through core and directly', async () => {
    expect(verifyRaw(busyDir)).toEqual([]);
    const result = await verifyThroughCore(copyVault(busyDir, dirs));
    expect(result).toMatchObject({ ok: true, problems: [] });
    expect(result.checked).toBeGreaterThanOrEqual(10);
  });

  it('records the actions it is meant to', async () => {
    const core = openCore(copyVault(busyDir, dirs));
    await signIn(core, busy.manager);
    const actions = new Set((await core.call('audit.list', { limit: 500 })).map((e) => e.action));
    for (const a of [
      'vault.created',
      'user.created',
      'auth.sign_in',
      'auth.sign_in_failed',
      'auth.lock',
      'settings.changed',
      'user.updated',
      'user.disabled',
    ]) {
      expect(actions, a).toContain(a);
    }
    await core.close();
  });

  it("refuses UPDATE and DELETE on audit_log from the app's own connection", async () => {
    const core = openCore(copyVault(busyDir, dirs));
    await signIn(core, busy.manager);
    const sqlite = core.state.session!.sqlite;
    expect(() => sqlite.prepare("UPDATE audit_log SET details = '{}' WHERE seq = 1").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM audit_log WHERE seq = 1').run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect((await core.call('audit.verify', {})).ok).toBe(true);
    await core.close();
  });
});

describe('tampering with a raw connection and the key', () => {
  it('an edited entry is detected', async () => {
    const dir = tamper((db) => db.prepare(`UPDATE audit_log SET details = '{"reason":"nothing to see"}' WHERE seq = 3`).run());
    expect(verifyRaw(dir)).toContainEqual({ seq: 3, kind: 'edited' });
    const r = await verifyThroughCore(dir);
    expect(r.ok).toBe(false);
    expect(r.problems).toContainEqual({ seq: 3, kind: 'edited' });
  });

  it('a deleted entry is detected', async () => {
    const dir = tamper((db) => db.prepare('DELETE FROM audit_log WHERE seq = 4').run());
    expect(verifyRaw(dir)).toContainEqual({ seq: 4, kind: 'missing' });
    const r = await verifyThroughCore(dir);
    expect(r.ok).toBe(false);
    expect(r.problems).toContainEqual({ seq: 4, kind: 'missing' });
  });

  it('two swapped entries are detected', async () => {
    const dir = tamper((db) => {
      const cols = ['at', 'actor_id', 'action', 'target_type', 'target_id', 'details', 'prev_hash', 'hash'];
      const get = db.prepare(`SELECT ${cols.join(', ')} FROM audit_log WHERE seq = ?`);
      const set = db.prepare(`UPDATE audit_log SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE seq = @seq`);
      const a = get.get(3) as Record<string, unknown>;
      const b = get.get(4) as Record<string, unknown>;
      set.run({ ...b, seq: 3 });
      set.run({ ...a, seq: 4 });
    });
    const problems = verifyRaw(dir);
    expect(problems.map((p) => p.seq)).toEqual(expect.arrayContaining([3, 4]));
    const r = await verifyThroughCore(dir);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.seq)).toEqual(expect.arrayContaining([3, 4]));
  });

  it('renumbering entries to hide a deletion is detected', async () => {
    const dir = tamper((db) => {
      db.prepare('DELETE FROM audit_log WHERE seq = 2').run();
      db.prepare('UPDATE audit_log SET seq = seq - 1 WHERE seq > 2').run();
    });
    expect(verifyRaw(dir).length).toBeGreaterThan(0);
    expect((await verifyThroughCore(dir)).ok).toBe(false);
  });
});
