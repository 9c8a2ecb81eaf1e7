import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { ChannelOutput, ChannelParsedInput } from '../../../shared/contract';
import { requireSession, type CoreState } from '../state';
import { readSettings } from '../services/settings';
import { assertStrongPassword } from '../services/passwords';
import { lock } from '../services/auth';
import { appendAudit } from '../audit/audit-log';
import { AgeError, parseIdentityFile, type AgeSecrets } from './age';
import { createBackup, type BackupProgress } from './create';
import { verifyBackup } from './verify';
import { stageRestore, swapInStaged, undoRestore } from './restore';
import { checkNewBackupPath, checkSourceFile, defaultBackupName, checkDestinationFolder } from './locations';
import type { BackupSummary } from './manifest';

type Source = ChannelParsedInput<'backup.verify'>;
const MAX_KEY_FILE = 64 * 1024;

/** Turns a channel's passphrase / identity-file input into what the age layer tries. */
export function secretsFrom(input: { passphrase?: string; identityPath?: string }, dataDir: string | null): AgeSecrets {
  if (input.passphrase !== undefined) return { passphrase: input.passphrase };
  const path = checkSourceFile(input.identityPath!, dataDir, 'key file');
  if (statSync(path).size > MAX_KEY_FILE) throw new AppError('BACKUP_KEY_FILE_INVALID', 'the key file is too large');
  try {
    return { identities: parseIdentityFile(readFileSync(path, 'utf8')) };
  } catch (e) {
    if (e instanceof AgeError) throw new AppError('BACKUP_KEY_FILE_INVALID', e.message);
    throw e;
  }
}

export interface CreateExtras {
  signal?: AbortSignal;
  onProgress?: (p: BackupProgress) => void;
}

export async function createBackupForSession(
  state: CoreState,
  input: ChannelParsedInput<'backup.create'>,
  extras: CreateExtras = {},
): Promise<ChannelOutput<'backup.create'>> {
  const session = requireSession(state);
  const dataDir = state.vault.paths.dir;
  const settings = await readSettings(session.db);
  const now = new Date(state.now());
  checkDestinationFolder(input.destinationFolder, dataDir);
  const fileName = input.fileName ?? defaultBackupName(settings.siteCode, now);
  const outPath = checkNewBackupPath(input.destinationFolder, fileName, dataDir);
  if (input.passphrase !== undefined) assertStrongPassword(input.passphrase, 'passphrase');
  const dataKey = session.withDataKey((k) => Buffer.from(k));
  try {
    const made = await createBackup({
      sqlite: session.sqlite,
      dataKey,
      keyringPath: state.vault.paths.keyring,
      workDir: dataDir,
      outPath,
      protection: input.passphrase !== undefined ? { passphrase: input.passphrase } : { recipients: input.recipients },
      appVersion: state.version,
      organisationName: settings.organisationName,
      siteCode: settings.siteCode,
      createdBy: session.user.id,
      now,
      ...extras,
    });
    await appendAudit(session.db, {
      action: 'backup.created',
      actorId: session.user.id,
      details: {
        fileName,
        fileBytes: made.fileBytes,
        protection: input.passphrase !== undefined ? 'passphrase' : 'recipients',
        recipients: input.recipients.length,
      },
    });
    return { path: made.path, fileName, fileBytes: made.fileBytes, summary: made.summary };
  } finally {
    dataKey.fill(0);
  }
}

export async function verifyBackupForSession(state: CoreState, input: Source): Promise<BackupSummary> {
  const session = requireSession(state);
  const dataDir = state.vault.paths.dir;
  const summary = await verifyBackup(checkSourceFile(input.sourcePath, dataDir), secretsFrom(input, dataDir));
  await appendAudit(session.db, {
    action: 'backup.verified',
    actorId: session.user.id,
    details: { fileName: basename(input.sourcePath), createdAt: summary.createdAt, siteCode: summary.siteCode },
  });
  return summary;
}

async function previewAgainst(state: CoreState, input: Source): Promise<ChannelOutput<'backup.preview'>> {
  const dataDir = state.vault.paths.dir;
  const summary = await verifyBackup(checkSourceFile(input.sourcePath, dataDir), secretsFrom(input, dataDir));
  if (!state.session) return { summary, sameOrganisation: null, sameSite: null, warnDifferentOrigin: false };
  const current = await readSettings(state.session.db);
  const sameOrganisation = current.organisationName.trim().toLowerCase() === summary.organisationName.trim().toLowerCase();
  const sameSite = current.siteCode === summary.siteCode;
  return { summary, sameOrganisation, sameSite, warnDifferentOrigin: !sameOrganisation || !sameSite };
}

export function previewBackupForSession(state: CoreState, input: Source): Promise<ChannelOutput<'backup.preview'>> {
  requireSession(state);
  return previewAgainst(state, input);
}

export function previewBackupForNewVault(state: CoreState, input: Source): Promise<ChannelOutput<'backup.preview'>> {
  if (state.vault.exists()) throw new AppError('VAULT_EXISTS', 'a vault already exists; sign in to restore');
  return previewAgainst(state, input);
}

/**
 * Verify and stage first (the session stays open if anything fails), then lock and
 * swap. Afterwards the vault holds the backup's keyring: staff sign in with the
 * passwords that were valid when the backup was made.
 */
async function restore(state: CoreState, input: Source): Promise<ChannelOutput<'backup.restore'>> {
  const dataDir = state.vault.paths.dir;
  const staged = await stageRestore(dataDir, checkSourceFile(input.sourcePath, dataDir), secretsFrom(input, dataDir));
  try {
    if (state.session) {
      await appendAudit(state.session.db, {
        action: 'backup.restored',
        actorId: state.session.user.id,
        details: { fileName: basename(input.sourcePath), backupCreatedAt: staged.summary.createdAt, siteCode: staged.summary.siteCode },
      });
      await lock(state, 'manual');
    }
    const previousFolder = swapInStaged(dataDir, staged, new Date(state.now()));
    return { summary: staged.summary, previousFolder, migrated: staged.migrated };
  } finally {
    staged.discard();
  }
}

export function restoreBackupForSession(state: CoreState, input: Source): Promise<ChannelOutput<'backup.restore'>> {
  requireSession(state);
  return restore(state, input);
}

export function restoreBackupForNewVault(state: CoreState, input: Source): Promise<ChannelOutput<'backup.restore'>> {
  if (state.vault.exists()) throw new AppError('VAULT_EXISTS', 'a vault already exists; sign in to restore');
  return restore(state, input);
}

export async function undoRestoreForSession(state: CoreState): Promise<ChannelOutput<'backup.undoRestore'>> {
  const session = requireSession(state);
  await appendAudit(session.db, { action: 'backup.restore_undone', actorId: session.user.id });
  await lock(state, 'manual');
  const r = undoRestore(state.vault.paths.dir, new Date(state.now()));
  return { restoredFolder: r.restored, keptAs: r.keptAs };
}
