import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSlot, readKeyring, unlockSlot, type UnlockedSlot } from '../vault/keyring';
import { openEncryptedDatabase, type SqliteDb } from '../db/open';
import { DB_FILE, KEYRING_FILE } from '../paths';

/**
 * Test-only access below Core, the way someone holding the recovery key (or an attacker
 * who has the data key) would get it: unwrap the recovery slot, open the file directly.
 */
export async function dataKeyOf(dir: string, recoveryKey: string): Promise<Buffer> {
  const keyring = readKeyring(join(dir, KEYRING_FILE));
  const slot = keyring.slots.find((s) => s.kind === 'recovery');
  if (!slot) throw new Error('keyring has no recovery slot');
  const dek = await openSlot(keyring, slot, recoveryKey);
  if (!dek) throw new Error('recovery key does not open this keyring');
  return dek;
}

/** The data key and every category key, from the recovery slot (entitled to all of them). */
export async function allKeysOf(dir: string, recoveryKey: string): Promise<UnlockedSlot> {
  const keyring = readKeyring(join(dir, KEYRING_FILE));
  const slot = keyring.slots.find((s) => s.kind === 'recovery');
  const keys = slot ? await unlockSlot(keyring, slot, recoveryKey) : null;
  if (!keys) throw new Error('recovery key does not open this keyring');
  return keys;
}

export function openRaw(dir: string, dek: Buffer): SqliteDb {
  return openEncryptedDatabase(join(dir, DB_FILE), dek);
}

/** Page numbers of each table and index (from SQLite's dbstat), to damage a chosen one. */
export function pagesByObject(db: SqliteDb): Map<string, number[]> {
  const rows = db.prepare('SELECT name, pageno FROM dbstat ORDER BY pageno').all() as { name: string; pageno: number }[];
  const out = new Map<string, number[]>();
  for (const r of rows) out.set(r.name, [...(out.get(r.name) ?? []), r.pageno]);
  return out;
}

export function pageSize(db: SqliteDb): number {
  return Number(db.pragma('page_size', { simple: true }));
}

type Json = Record<string, unknown> & { slots: Record<string, unknown>[] };

/** Rewrites keyring.json through a JSON edit, as a damaged disk or a meddler would. */
export function editKeyring(dir: string, edit: (k: Json) => void): void {
  const path = join(dir, KEYRING_FILE);
  const json = JSON.parse(readFileSync(path, 'utf8')) as Json;
  edit(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
}

/** Runs `edit` with the audit table's append-only triggers dropped, then puts them back exactly as they were. */
export function withoutGuards(db: SqliteDb, edit: (db: SqliteDb) => void): void {
  const guards = db
    .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log' ORDER BY name`)
    .all() as { name: string; sql: string }[];
  for (const g of guards) db.exec(`DROP TRIGGER "${g.name}"`);
  edit(db);
  for (const g of guards) db.exec(g.sql);
}
