import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { copyVault, openCore, setupVault, signIn, TempDirs, type VaultTemplate } from '../testing/vault-fixture';
import { dataKeyOf, openRaw } from '../testing/raw-db';
import { snapshotFiles } from '../testing/files';
import { THROTTLE_FILE } from '../paths';

/**
 * Someone holding the data key can add SQL objects of their own to the database. A
 * trigger that raises IGNORE on the audit table makes every later entry vanish without
 * an error, so the app refuses to open a schema its migrations did not create.
 */
const dirs = new TempDirs();
let dek: Buffer;
let template: VaultTemplate;
beforeAll(async () => {
  const made = await setupVault(dirs.make('pin'));
  template = made.template;
  await made.core.close();
  dek = await dataKeyOf(template.dir, template.recoveryKey);
});
afterAll(() => {
  dek?.fill(0);
  return dirs.cleanup();
});

/** The sign-in throttle file is written before any sign-in (fail closed); the vault's own files are what must not change. */
const notThrottle = (name: string) => name === THROTTLE_FILE;

function withExtra(sql: string): string {
  const dir = copyVault(template.dir, dirs, 'tampered');
  const db = openRaw(dir, dek);
  db.exec(sql);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return dir;
}

async function signInError(dir: string): Promise<unknown> {
  const core = openCore(dir);
  try {
    await signIn(core, template.manager);
    return null;
  } catch (e) {
    return e;
  } finally {
    await core.close();
  }
}

describe('schema pinning', () => {
  it('opens the schema the migrations made', async () => {
    expect(await signInError(copyVault(template.dir, dirs))).toBeNull();
  });

  it.each([
    [
      'a trigger that silently drops audit entries',
      'CREATE TRIGGER audit_drop BEFORE INSERT ON audit_log BEGIN SELECT RAISE(IGNORE); END;',
    ],
    ['a view', 'CREATE VIEW everyone AS SELECT * FROM users;'],
    ['a table', 'CREATE TABLE exfil(x TEXT);'],
    ['an index', 'CREATE INDEX audit_extra ON audit_log(action);'],
    [
      'a changed trigger',
      'DROP TRIGGER audit_log_no_delete; CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT 1; END;',
    ],
    ['a dropped trigger', 'DROP TRIGGER audit_log_no_update;'],
  ])('refuses %s, named, with the files untouched', async (_label, sql) => {
    const dir = withExtra(sql);
    const before = snapshotFiles(dir, notThrottle);
    const e = await signInError(dir);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('SCHEMA_TAMPERED');
    expect(snapshotFiles(dir, notThrottle)).toEqual(before);
  });

  it('the audit entry of a sign-in cannot be silently dropped', async () => {
    const dir = withExtra('CREATE TRIGGER audit_drop BEFORE INSERT ON audit_log BEGIN SELECT RAISE(IGNORE); END;');
    const db = openRaw(dir, dek);
    const before = db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    db.close();
    const e = await signInError(dir);
    const after = openRaw(dir, dek);
    const count = after.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    after.close();
    // Either the sign-in was refused or its entries are there; never a sign-in that left no trace.
    expect(e !== null || count > (before as number)).toBe(true);
  });
});
