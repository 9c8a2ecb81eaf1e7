import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { ChannelOutput, ChannelParsedInput } from '../../../shared/contract';
import { requireSession, type CoreState } from '../state';
import { readSettings } from '../services/settings';
import { assertStrongPassword } from '../services/passwords';
import { lock } from '../services/auth';
import { appendAudit } from '../audit/audit-log';
import { AgeError, parseIdentityFile, withFileKeys, type AgeRecipients, type AgeSecrets } from './age';
import { createBackup, type BackupProgress, type CreatedBackup } from './create';
import { withOperation, type RunningOperation } from './operations';
import { backupRecords, readBackupRecords } from './schedule-store';
import { carryScheduleInto, readLiveSchedule } from './schedule-carry';
import type { AppDb } from '../db/kysely';
import type { BackupOperation } from '../../../shared/domain/backup-schedule';
import type { Session } from '../session';
import { splitIntoPieces } from './chain/pieces';
import { chainFilesFor, verifyChosenFiles, withChosenPieces } from './chain/chosen';
import { stageChainRestore, stageRestore, swapInStaged, undoRestore } from './restore';
import { erasedIds } from '../rights/erased-list';
import type { TrustProof } from './trust';
import { confirmPassword } from '../services/reauth';
import { recipientFingerprints } from './fingerprint';
import { checkNewBackupPath, checkSourceFile, defaultBackupName, checkDestinationFolder } from './locations';
import type { BackupSummary } from './manifest';
import { copySecret } from '../db/raw-key';

type Source = ChannelParsedInput<'backup.verify'>;
type RestoreInput = ChannelParsedInput<'backup.restore'>;
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
  /** The scheduled run keeps the file key to read its own file back (see scheduled.ts). */
  keepFileKey?: boolean;
  /** The scheduled run starts a chain of incremental links from this full backup. */
  withPageHashes?: boolean;
}

export interface WriteRequest {
  folder: string;
  fileName: string;
  protection: AgeRecipients;
  createdBy: string | null;
}

/**
 * Snapshot → encrypt → file, reporting progress on the running operation. Shared by
 * backup.create and the scheduled run; the caller audits and records the outcome.
 */
export async function writeBackup(
  state: CoreState,
  session: Session,
  req: WriteRequest,
  op: RunningOperation,
  extras: CreateExtras = {},
): Promise<CreatedBackup> {
  const dataDir = state.vault.paths.dir;
  const settings = await readSettings(session.db);
  const outPath = checkNewBackupPath(req.folder, req.fileName, dataDir);
  const dataKey = session.withDataKey(copySecret);
  const signal = extras.signal ? AbortSignal.any([op.signal, extras.signal]) : op.signal;
  try {
    op.progress.update('snapshot', 0, null);
    return await createBackup({
      sqlite: session.sqlite,
      dataKey,
      keyringPath: state.vault.paths.keyring,
      workDir: dataDir,
      outPath,
      protection: req.protection,
      appVersion: state.version,
      organisationName: settings.organisationName,
      siteCode: settings.siteCode,
      createdBy: req.createdBy,
      now: new Date(state.now()),
      keepFileKey: extras.keepFileKey,
      withPageHashes: extras.withPageHashes,
      signal,
      onProgress: (p) => {
        op.progress.update('encrypt', p.done, p.total);
        extras.onProgress?.(p);
      },
    });
  } finally {
    dataKey.fill(0);
  }
}

/**
 * The backup file (and key file) a person chose, redeemed from their tokens; each token
 * is spent when `fn` succeeds. Core checks the paths again before reading them.
 */
function withSource<T>(
  state: CoreState,
  input: Source,
  fn: (file: string, secrets: AgeSecrets, chain: string[] | null) => Promise<T>,
): Promise<T> {
  const dataDir = state.vault.paths.dir;
  return state.grants.use(input.sourceToken, 'backupFile', (sourcePath) =>
    state.grants.useOptional(input.identityToken, 'identityFile', (identityPath) =>
      state.grants.useOptional(input.linksFolderToken, 'backupFolder', async (linksFolder) => {
        const file = checkSourceFile(sourcePath, dataDir);
        const folder = linksFolder === undefined ? null : checkDestinationFolder(linksFolder, dataDir);
        // Finding the chain reads each file's head; verifying or restoring reads it again: one KDF run per file.
        return withFileKeys(secretsFrom({ passphrase: input.passphrase, identityPath }, dataDir), (secrets) =>
          withChosenPieces(file, folder, secrets, dataDir, async (chosen) =>
            fn(chosen, secrets, await chainFilesFor(chosen, folder, secrets, dataDir)),
          ),
        );
      }),
    ),
  );
}

export function createBackupForSession(
  state: CoreState,
  input: ChannelParsedInput<'backup.create'>,
  extras: CreateExtras = {},
): Promise<ChannelOutput<'backup.create'>> {
  return state.grants.use(input.folderToken, 'backupFolder', (folder) => createInFolder(state, folder, input, extras));
}

async function createInFolder(
  state: CoreState,
  folder: string,
  input: ChannelParsedInput<'backup.create'>,
  extras: CreateExtras,
): Promise<ChannelOutput<'backup.create'>> {
  const session = requireSession(state);
  const dataDir = state.vault.paths.dir;
  const settings = await readSettings(session.db);
  checkDestinationFolder(folder, dataDir);
  const fileName = input.fileName ?? defaultBackupName(settings.siteCode, new Date(state.now()), settings.timeZone);
  checkNewBackupPath(folder, fileName, dataDir);
  if (input.passphrase !== undefined) assertStrongPassword(input.passphrase, 'passphrase');
  // Sealing everything to a key is deciding who can read it: the password again, not just an open window.
  if (input.recipients.length > 0) await confirmPassword(state, input.password);
  const protection: AgeRecipients = input.passphrase !== undefined ? { passphrase: input.passphrase } : { recipients: input.recipients };
  return withOperation(state, 'create', async (op) => {
    const made = await auditCancel(state, 'create', () =>
      writeBackup(state, session, { folder, fileName, protection, createdBy: session.user.id }, op, extras),
    );
    // One transaction: one log sync after the file's own fsyncs.
    await session.db.transaction().execute(async (trx) => {
      await appendAudit(trx, {
        action: 'backup.created',
        actorId: session.user.id,
        details: {
          fileName,
          fileBytes: made.fileBytes,
          protection: input.passphrase !== undefined ? 'passphrase' : 'recipients',
          recipients: input.recipients.length,
          recipientFingerprints: recipientFingerprints(input.recipients),
          ...(made.holdings ? { holdings: made.holdings } : {}),
        },
      });
      await backupRecords.saveLastBackup(
        trx,
        { at: made.summary.createdAt, fileName, folder, bytes: made.fileBytes, verified: false, scheduled: false },
        session.user.id,
      );
    });
    return {
      path: made.path,
      fileName,
      fileBytes: made.fileBytes,
      summary: made.summary,
      checkToken: state.grants.grant('backupFile', made.path).token,
    };
  });
}

/** A cancel is worth a line in the audit log: who stopped what. */
async function auditCancel<T>(state: CoreState, operation: BackupOperation, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof AppError && e.code === 'BACKUP_CANCELLED' && state.session)
      await appendAudit(state.session.db, { action: 'backup.cancelled', actorId: state.session.user.id, details: { operation } });
    throw e;
  }
}

export function verifyBackupForSession(state: CoreState, input: Source): Promise<BackupSummary> {
  const session = requireSession(state);
  return withSource(state, input, (file, secrets, chain) => verifyChosen(state, session, file, secrets, chain));
}

async function verifyChosen(
  state: CoreState,
  session: Session,
  file: string,
  secrets: AgeSecrets,
  chain: string[] | null,
): Promise<BackupSummary> {
  return withOperation(state, 'verify', async (op) => {
    const summary = await auditCancel(state, 'verify', () =>
      verifyChosenFiles(file, chain, secrets, {
        signal: op.signal,
        onProgress: (d, t) => op.progress.update('verify', d, t),
        onChecking: () => op.progress.update('verify', 0, null),
      }),
    );
    await appendAudit(session.db, {
      action: 'backup.verified',
      actorId: session.user.id,
      details: { fileName: basename(file), createdAt: summary.createdAt, siteCode: summary.siteCode },
    });
    await recordVerified(session, summary, basename(file));
    return summary;
  });
}

/** A backup of this vault that verified: the dashboard's "last good backup" moves forward, never back. */
export async function recordVerified(session: Session, summary: BackupSummary, fileName: string): Promise<void> {
  const settings = await readSettings(session.db);
  if (summary.siteCode !== settings.siteCode || summary.organisationName !== settings.organisationName) return;
  const records = await readBackupRecords(session.db);
  if (!records.lastVerified || records.lastVerified.createdAt < summary.createdAt)
    await backupRecords.saveLastVerified(session.db, { createdAt: summary.createdAt, fileName }, session.user.id);
  const last = records.lastBackup;
  if (last && !last.verified && last.fileName === fileName && last.at === summary.createdAt)
    await backupRecords.saveLastBackup(session.db, { ...last, verified: true }, session.user.id);
}

/**
 * Preview is the first step of a restore: it spends the chosen files' tokens and hands
 * back fresh ones for the same files, for the restore that follows.
 */
async function previewAgainst(state: CoreState, input: Source): Promise<ChannelOutput<'backup.preview'>> {
  return withSource(state, input, async (file, secrets, chain) => {
    const result = await previewChosen(state, file, secrets, chain);
    const identity = input.identityToken ? state.grants.reissue(input.identityToken) : undefined;
    const links = input.linksFolderToken ? state.grants.reissue(input.linksFolderToken) : undefined;
    return {
      ...result,
      renewed: {
        sourceToken: state.grants.reissue(input.sourceToken),
        ...(identity ? { identityToken: identity } : {}),
        ...(links ? { linksFolderToken: links } : {}),
      },
      ...(chain ? { chainFiles: chain.length } : {}),
    };
  });
}

async function previewChosen(
  state: CoreState,
  file: string,
  secrets: AgeSecrets,
  chain: string[] | null,
): Promise<Omit<ChannelOutput<'backup.preview'>, 'renewed' | 'chainFiles'>> {
  const summary = await withOperation(state, 'verify', (op) =>
    verifyChosenFiles(file, chain, secrets, {
      signal: op.signal,
      onProgress: (d, t) => op.progress.update('verify', d, t),
      onChecking: () => op.progress.update('verify', 0, null),
    }),
  );
  if (!state.session) return { summary, sameOrganisation: null, sameSite: null, sameVault: null, warnDifferentOrigin: false };
  const current = await readSettings(state.session.db);
  const sameOrganisation = current.organisationName.trim().toLowerCase() === summary.organisationName.trim().toLowerCase();
  const sameSite = current.siteCode === summary.siteCode;
  const sameVault = summary.vaultId === liveVaultId(state);
  return { summary, sameOrganisation, sameSite, sameVault, warnDifferentOrigin: !sameOrganisation || !sameSite || !sameVault };
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
function liveVaultId(state: CoreState): string | null {
  return state.vault.exists() ? state.vault.keyring().vaultId : null;
}

/** Replacing this vault with a different one (not an older copy of itself) must have been confirmed on screen. */
function acceptVault(state: CoreState, input: RestoreInput): (proof: TrustProof) => void {
  const live = liveVaultId(state);
  return (proof) => {
    if (live !== null && proof.vaultId !== live && !input.confirmOtherVault)
      throw new AppError('BACKUP_OTHER_VAULT', 'the backup is of another vault; confirm to replace this one', {
        fields: [{ path: 'confirmOtherVault', code: 'required', message: 'required' }],
      });
  };
}

function restore(state: CoreState, input: RestoreInput): Promise<ChannelOutput<'backup.restore'>> {
  return withSource(state, input, (file, secrets, chain) =>
    withOperation(state, 'restore', (op) => restoreWith(state, input, { file, chain }, secrets, op)),
  );
}

async function restoreWith(
  state: CoreState,
  input: RestoreInput,
  { file, chain }: { file: string; chain: string[] | null },
  secrets: AgeSecrets,
  op: RunningOperation,
): Promise<ChannelOutput<'backup.restore'>> {
  const dataDir = state.vault.paths.dir;
  const live = state.session ? await readLiveSchedule(state.session.db, liveVaultId(state)) : null;
  const o = {
    accept: acceptVault(state, input),
    // Read (and its MAC checked) before anything is staged: a tampered list refuses the restore.
    erased: state.session ? state.session.withDataKey((dek) => erasedIds(state.vault.keyring(), dek)) : [],
    carry: (db: AppDb, proof: TrustProof) => carryScheduleInto(db, live, { vaultId: proof.vaultId, provenBy: proof.userId }),
    signal: op.signal,
    onProgress: (d: number, t: number) => op.progress.update('stage', d, t),
    onChecking: () => op.progress.update('stage', 0, null),
  };
  const staged = await auditCancel(state, 'restore', () =>
    chain
      ? stageChainRestore(dataDir, chain, secrets, input.trust, { ...o, target: file })
      : stageRestore(dataDir, file, secrets, input.trust, o),
  );
  try {
    op.progress.update('swap', 0, null);
    if (state.session) {
      await appendAudit(state.session.db, {
        action: 'backup.restored',
        actorId: state.session.user.id,
        details: {
          fileName: basename(file),
          backupCreatedAt: staged.summary.createdAt,
          siteCode: staged.summary.siteCode,
          provenBy: staged.proof.method,
          sameVault: staged.proof.vaultId === liveVaultId(state),
        },
      });
      await lock(state, 'manual');
    }
    const previousFolder = swapInStaged(dataDir, staged, new Date(state.now()));
    return { summary: staged.summary, previousFolder, migrated: staged.migrated };
  } finally {
    staged.discard();
  }
}

export function restoreBackupForSession(state: CoreState, input: RestoreInput): Promise<ChannelOutput<'backup.restore'>> {
  requireSession(state);
  return restore(state, input);
}

export function restoreBackupForNewVault(state: CoreState, input: RestoreInput): Promise<ChannelOutput<'backup.restore'>> {
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

/** Pieces for e-mail from a chosen backup file, into a chosen folder, on the worker thread. */
export function splitBackupForSession(state: CoreState, input: ChannelParsedInput<'backup.split'>): Promise<ChannelOutput<'backup.split'>> {
  const session = requireSession(state);
  const dataDir = state.vault.paths.dir;
  return state.grants.use(input.sourceToken, 'backupFile', (sourcePath) =>
    state.grants.use(input.folderToken, 'backupFolder', async (folder) => {
      const file = checkSourceFile(sourcePath, dataDir);
      const outDir = checkDestinationFolder(folder, dataDir);
      const protection: AgeRecipients =
        input.passphrase !== undefined ? { passphrase: input.passphrase } : { recipients: input.recipients };
      const pieces = await withOperation(state, 'create', (op) =>
        auditCancel(state, 'create', () =>
          splitIntoPieces(file, protection, input.pieceMB, outDir, {
            signal: op.signal,
            now: new Date(state.now()),
            onProgress: (done, total) => op.progress.update('encrypt', done, total),
          }),
        ),
      );
      const names = pieces.map((p) => basename(p));
      await appendAudit(session.db, {
        action: 'backup.split',
        actorId: session.user.id,
        details: {
          fileName: basename(file),
          pieces: names.length,
          pieceMB: input.pieceMB,
          recipientFingerprints: recipientFingerprints(input.recipients),
        },
      });
      return { pieces: names, fileBytes: statSync(file).size };
    }),
  );
}
