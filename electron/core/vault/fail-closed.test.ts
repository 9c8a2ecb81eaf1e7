import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, renameSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorCode } from '../../../shared/errors';
import { THROTTLE_FILE } from '../paths';
import { copyVault, openCore, setupVault, TempDirs, type Account, type VaultTemplate } from '../testing/vault-fixture';
import { dataKeyOf, editKeyring, openRaw, pageSize, pagesByObject } from '../testing/raw-db';
import { fileSize, flipByte, snapshotFiles } from '../testing/files';
import { pageAuthOk, verifyPages } from '../db/page-auth';

/**
 * Whatever is wrong with the files, sign-in refuses with a clear code and changes
 * nothing on disk except the throttle file, which records failures by design.
 */
const dirs = new TempDirs();
let template: VaultTemplate;
/** A copy taken while the vault was open: database, -wal and -shm with unflushed commits. */
let liveDir: string;
let pageSizeBytes: number;
let pages: Map<string, number[]>;

beforeAll(async () => {
  const made = await setupVault(dirs.make('template'), { staff: ['counsellor'] });
  template = made.template;
  await made.core.call('drafts.save', { formKey: 'resident.new', data: { note: 'x'.repeat(5000) } });
  liveDir = copyVault(template.dir, dirs, 'live');
  await made.core.close();
  const dek = await dataKeyOf(template.dir, template.recoveryKey);
  const db = openRaw(template.dir, dek);
  try {
    pageSizeBytes = pageSize(db);
    pages = pagesByObject(db);
  } finally {
    db.close();
    dek.fill(0);
  }
  expect(existsSync(join(liveDir, 'amizero.db-wal'))).toBe(true);
});

afterAll(() => dirs.cleanup());

const notThrottle = (name: string) => name === THROTTLE_FILE;

interface Attempt {
  damage?: (dir: string) => void;
  as?: () => Pick<Account, 'username' | 'password'>;
  from?: () => string;
}

/** Damages a fresh copy, signs in, and checks that every file but the throttle file is unchanged. */
async function attempt({ damage, as = () => template.manager, from = () => template.dir }: Attempt) {
  const dir = copyVault(from(), dirs, 'case');
  damage?.(dir);
  const before = snapshotFiles(dir, notThrottle);
  const core = openCore(dir);
  const r = await core.dispatch('auth.signIn', { username: as().username, password: as().password });
  const signedIn = core.state.session !== null;
  await core.close();
  return { r, signedIn, dir, before, after: snapshotFiles(dir, notThrottle) };
}

async function expectRefused(code: ErrorCode, a: Attempt) {
  const { r, signedIn, before, after } = await attempt(a);
  expect(r.ok ? 'signed in' : r.error.code).toBe(code);
  expect(signedIn).toBe(false);
  expect(after).toEqual(before);
  if (!r.ok) expect(r.error.message.length).toBeGreaterThan(0);
}

const wrong = () => ({ username: template.manager.username, password: 'Not-The-Password-93' });

describe('wrong password', () => {
  it('is refused and changes no file', () => expectRefused('WRONG_CREDENTIALS', { as: wrong }));

  it('is refused without touching the database, -wal or -shm of a vault that was not closed cleanly', () =>
    expectRefused('WRONG_CREDENTIALS', { as: wrong, from: () => liveDir }));

  it('is recorded in the throttle file, under the salted look-up and never the name', async () => {
    const { dir } = await attempt({ as: wrong });
    const throttle = readFileSync(join(dir, THROTTLE_FILE), 'utf8');
    const parsed = JSON.parse(throttle) as { entries: Record<string, { failures: number }>; pending: unknown[] };
    expect(Object.values(parsed.entries).map((e) => e.failures)).toEqual([1]);
    expect(parsed.pending).toHaveLength(1);
    expect(throttle).not.toContain(template.manager.username);
  });
});

describe('damaged keyring', () => {
  const slotOf = (k: { slots: Record<string, unknown>[] }, userId: string) => k.slots.find((s) => s.userId === userId)!;

  it.each([
    ['invalid JSON', (d: string) => writeFileSync(join(d, 'keyring.json'), '{"format": "amizero-keyring", "slots": [')],
    ['cut in half', (d: string) => truncateSync(join(d, 'keyring.json'), Math.floor(fileSize(join(d, 'keyring.json')) / 2))],
    ['empty', (d: string) => writeFileSync(join(d, 'keyring.json'), '')],
    ['JSON of the wrong shape', (d: string) => writeFileSync(join(d, 'keyring.json'), '{"hello": "world"}')],
    ['no slots', (d: string) => editKeyring(d, (k) => void (k.slots = []))],
    ['an unknown cipher', (d: string) => editKeyring(d, (k) => void (k.cipher = { name: 'sqlcipher', legacy: 3 }))],
    [
      'a KDF weakened below the floor',
      (d: string) => editKeyring(d, (k) => void ((k.slots[0]!.kdf as { memoryKiB: number }).memoryKiB = 1024)),
    ],
    [
      'a slot with a different wrapping algorithm',
      (d: string) => editKeyring(d, (k) => void ((k.slots[0]!.privateKey as { alg: string }).alg = 'none')),
    ],
  ])('%s → KEYRING_DAMAGED, nothing changed', (_label, damage) => expectRefused('KEYRING_DAMAGED', { damage }));

  it('is refused on a vault that was not closed cleanly too, leaving -wal and -shm as they were', () =>
    expectRefused('KEYRING_DAMAGED', { damage: (d) => writeFileSync(join(d, 'keyring.json'), '[]'), from: () => liveDir }));

  it.each([
    ['wrapped private key', (slot: Record<string, unknown>) => slot.privateKey],
    ['sealed data key', (slot: Record<string, unknown>) => (slot.keys as { dek: unknown }).dek],
  ])("a slot's %s ciphertext altered → WRONG_CREDENTIALS", (_label, pick) =>
    expectRefused('WRONG_CREDENTIALS', {
      damage: (d) =>
        editKeyring(d, (k) => {
          const w = pick(slotOf(k, template.manager.id)) as { ciphertext: string };
          const ct = Buffer.from(w.ciphertext, 'base64');
          ct[5]! ^= 0x80;
          w.ciphertext = ct.toString('base64');
        }),
    }),
  );

  it("a slot's authentication tag altered → WRONG_CREDENTIALS", () =>
    expectRefused('WRONG_CREDENTIALS', {
      damage: (d) =>
        editKeyring(d, (k) => {
          const w = slotOf(k, template.manager.id).privateKey as { tag: string };
          const tag = Buffer.from(w.tag, 'base64');
          tag[0]! ^= 0x01;
          w.tag = tag.toString('base64');
        }),
    }));

  /** Swaps the named fields between the manager's and the counsellor's slots. */
  const swap = (fields: string[]) => (d: string) =>
    editKeyring(d, (k) => {
      const a = slotOf(k, template.manager.id);
      const b = slotOf(k, template.staff.counsellor!.id);
      for (const f of fields) [a[f], b[f]] = [b[f], a[f]];
    });

  it.each([
    ['look-ups', ['lookup']],
    ['key pairs, sealed keys and KDF parameters', ['publicKey', 'privateKey', 'keys', 'kdf']],
    ['user ids', ['userId']],
    ['slot ids', ['id']],
  ])('slots swapped between users (%s) open for nobody', async (_label, fields) => {
    for (const who of [() => template.manager, () => template.staff.counsellor!]) {
      await expectRefused('WRONG_CREDENTIALS', { damage: swap(fields), as: who });
    }
    // Nor does one user's password get in under the other's name.
    await expectRefused('WRONG_CREDENTIALS', {
      damage: swap(fields),
      as: () => ({ username: template.manager.username, password: template.staff.counsellor!.password }),
    });
  });

  it('a missing keyring means no vault: VAULT_MISSING, the database left alone', () =>
    expectRefused('VAULT_MISSING', { damage: (d) => renameSync(join(d, 'keyring.json'), join(d, 'keyring.json.moved')) }));
});

describe('damaged database', () => {
  const db = (d: string) => join(d, 'amizero.db');

  it.each([
    ['by one page', () => fileSize(db(template.dir)) - pageSizeBytes],
    ['to half', () => Math.floor(fileSize(db(template.dir)) / 2 / pageSizeBytes) * pageSizeBytes],
    ['in the middle of a page', () => fileSize(db(template.dir)) - 1000],
    ['to less than one page', () => 200],
    ['to nothing', () => 0],
  ])('truncated %s → DATABASE_DAMAGED, nothing changed', (_label, size) =>
    expectRefused('DATABASE_DAMAGED', { damage: (d) => truncateSync(db(d), size()) }),
  );

  it.each([
    ['salt (first bytes)', 3],
    ['first content bytes', 40],
    ['middle', 2000],
    ['authentication code (last bytes)', -5],
  ])('page 1 flipped in its %s → DATABASE_DAMAGED, nothing changed', (_label, offset) =>
    expectRefused('DATABASE_DAMAGED', { damage: (d) => flipByte(db(d), offset < 0 ? pageSizeBytes + offset : offset) }),
  );

  // Every table and index a sign-in reads or updates before the session starts.
  const READ_BY_SIGN_IN = [
    'kysely_migration',
    'users',
    'sqlite_autoindex_users_1',
    'organisation',
    'settings',
    'audit_log',
    'audit_log_target',
  ];

  it.each(READ_BY_SIGN_IN)('a byte flipped in a page of %s → DATABASE_DAMAGED, nothing changed', async (name) => {
    const list = pages.get(name);
    expect(list, `no pages for ${name}`).toBeDefined();
    for (const page of list!) {
      await expectRefused('DATABASE_DAMAGED', { damage: (d) => flipByte(db(d), (page - 1) * pageSizeBytes + 500) });
    }
  });

  // After an unclean shutdown core checks through a read-only connection first, because
  // closing a read-write one would checkpoint the leftover -wal into the refused file.
  it('after an unclean shutdown, a damaged page is refused and the leftover -wal is left as it was', () =>
    expectRefused('DATABASE_DAMAGED', {
      from: () => liveDir,
      damage: (d) => flipByte(db(d), (pages.get('kysely_migration')![0]! - 1) * pageSizeBytes + 500),
    }));

  it('keeps earlier failed attempts owed to the audit log when the sign-in that would log them fails', async () => {
    const dir = copyVault(template.dir, dirs, 'pending');
    const core = openCore(dir);
    expect((await core.dispatch('auth.signIn', wrong())).ok).toBe(false);
    const pending = () => (JSON.parse(readFileSync(join(dir, THROTTLE_FILE), 'utf8')) as { pending: unknown[] }).pending.length;
    expect(pending()).toBe(1);
    flipByte(db(dir), (pages.get('audit_log')![0]! - 1) * pageSizeBytes + 500);
    const r = await core.dispatch('auth.signIn', { username: template.manager.username, password: template.manager.password });
    expect(r.ok ? 'signed in' : r.error.code).toBe('DATABASE_DAMAGED');
    expect(pending()).toBe(1);
    await core.close();
  });

  it('a flipped byte in a page sign-in never reads: sign-in may succeed; integrity_check and the page HMAC check find it', async () => {
    const page = pages.get('drafts')![0]!;
    const { r, dir } = await attempt({ damage: (d) => flipByte(db(d), (page - 1) * pageSizeBytes + 500) });
    expect(r.ok).toBe(true);
    const dek = await dataKeyOf(dir, template.recoveryKey);
    try {
      const auth = await verifyPages(db(dir), dek, pageSizeBytes);
      expect(auth.badPages).toEqual([page]);
      expect(pageAuthOk(auth)).toBe(false);
      const raw = openRaw(dir, dek);
      try {
        expect(() => raw.pragma('integrity_check')).toThrow(/malformed/);
      } finally {
        raw.close();
      }
    } finally {
      dek.fill(0);
    }
  });

  it('the page HMAC check finds every damaged page above, and passes the undamaged file', async () => {
    const dek = await dataKeyOf(template.dir, template.recoveryKey);
    try {
      expect(pageAuthOk(await verifyPages(db(template.dir), dek, pageSizeBytes))).toBe(true);
      for (const name of READ_BY_SIGN_IN) {
        const page = pages.get(name)![0]!;
        const dir = copyVault(template.dir, dirs, 'hmac');
        flipByte(db(dir), (page - 1) * pageSizeBytes + 500);
        expect((await verifyPages(db(dir), dek, pageSizeBytes)).badPages, name).toEqual([page]);
      }
    } finally {
      dek.fill(0);
    }
  });
});

describe('a healthy copy', () => {
  it('signs in, so the refusals above are caused by the damage and not by the copying', async () => {
    const { r } = await attempt({});
    expect(r.ok).toBe(true);
    const live = await attempt({ from: () => liveDir });
    expect(live.r.ok).toBe(true);
  });

  it('signs in the counsellor too', async () => {
    const { r } = await attempt({ as: () => template.staff.counsellor! });
    expect(r.ok).toBe(true);
  });
});
