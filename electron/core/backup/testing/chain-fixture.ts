import { join } from 'node:path';
import { AppError } from '../../../../shared/errors';
import type { Core } from '../../core';
import { keyringSchema } from '../../../../shared/files/keyring';
import { readFileSync } from 'node:fs';
import { createBackup } from '../create';
import { createLink, type CreateLinkOptions } from '../chain/create-link';
import { readChainState, startChainState, writeChainState, type ChainState } from '../chain/state';
import { withDatabaseCopy } from '../snapshot';
import type { SqliteDb } from '../../db/open';
import type { AgeRecipients } from '../age';

/**
 * Chains for tests, made the way the scheduled run makes them: a full backup starts the
 * state, each link is written from the live session and moves it on.
 */
function sessionOf(core: Core) {
  const session = core.state.session;
  if (!session) throw new Error('sign in first');
  return session;
}

/** A recipient's `age1…` string, or the protection itself (a passphrase). */
type To = string | AgeRecipients;

function common(core: Core, outPath: string, to: To) {
  const session = sessionOf(core);
  return {
    sqlite: session.sqlite,
    keyringPath: core.state.vault.paths.keyring,
    workDir: core.state.vault.paths.dir,
    outPath,
    protection: typeof to === 'string' ? { recipients: [to] } : to,
    appVersion: 'test',
    organisationName: 'Test Shelter',
    siteCode: 'KGL',
    createdBy: session.user.id,
  };
}

export async function chainFull(core: Core, out: string, name: string, recipient: To, now = new Date()): Promise<string> {
  const session = sessionOf(core);
  const made = await session.withDataKey((dataKey) =>
    createBackup({ ...common(core, join(out, name), recipient), dataKey, now, withPageHashes: true }),
  );
  const vaultId = keyringSchema.parse(JSON.parse(readFileSync(core.state.vault.paths.keyring, 'utf8'))).vaultId;
  session.withDataKey((dataKey) =>
    writeChainState(
      core.state.vault.paths.dir,
      startChainState({
        vaultId,
        dataKey,
        backupId: made.backupId,
        createdAt: now.toISOString(),
        fileBytes: made.fileBytes,
        pages: made.pages!,
        path: made.path,
      }),
    ),
  );
  return made.path;
}

export async function chainLink(
  core: Core,
  out: string,
  name: string,
  recipient: To,
  now = new Date(),
  onProgress?: CreateLinkOptions['onProgress'],
  signal?: AbortSignal,
): Promise<{ path: string; fileBytes: number; changedPages: number; next: ChainState }> {
  const session = sessionOf(core);
  const state = readChainState(core.state.vault.paths.dir);
  if (!state) throw new Error('no chain started');
  const made = await session.withDataKey((dataKey) =>
    createLink({ ...common(core, join(out, name), recipient), dataKey, now, state, onProgress, ...(signal ? { signal } : {}) }),
  );
  writeChainState(core.state.vault.paths.dir, made.next);
  return { path: made.path, fileBytes: made.fileBytes, changedPages: made.manifest.changedPages, next: made.next };
}

/** Every table's rows in rowid order: what "the same data" means, whatever the pages look like. */
export function logicalDump(sqlite: SqliteDb): string {
  const tables = sqlite
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const rows = tables.map((t) => [
    t,
    sqlite
      .prepare(`SELECT * FROM "${t.replace(/"/g, '""')}"`)
      .raw()
      .all(),
  ]);
  return JSON.stringify(rows, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? String(v) : v));
}

export async function logicalDumpOfFile(path: string, dataKey: Buffer): Promise<string> {
  return withDatabaseCopy(path, dataKey, (db) => logicalDump(db));
}

/** The named refusal a promise ends in (a test fails if it resolves or throws anything else). */
export async function refusalOf(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  if (!(e instanceof AppError)) throw new Error(`expected a refusal, got ${String(e)}`);
  return e;
}
