import { z } from 'zod';
import { backupSummarySchema } from '../../../shared/contract/channels/backup';

/**
 * manifest.json, the first member of the tar stream inside the age file. It holds the
 * raw data key so a head office can open the snapshot with sqlcipher alone: the key is
 * protected only by the age layer (the backup passphrase or recipient key). It is
 * therefore never written to disk when a backup is verified or restored.
 */
export const BACKUP_FORMAT = 'amizero-backup';
export const BACKUP_FORMAT_VERSION = 1;

export const MEMBER = { manifest: 'manifest.json', keyring: 'keyring.json', db: 'amizero.db' } as const;
/** Members after the manifest, in stream order. */
export const DATA_MEMBERS = [MEMBER.keyring, MEMBER.db] as const;

const memberSchema = z.object({ name: z.string(), size: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });

/** Only the fields that decide whether we can read the rest; checked before the full schema. */
export const manifestHeadSchema = z.object({ format: z.literal(BACKUP_FORMAT), formatVersion: z.number().int().positive() });

/** The summary the UI and CLI may show (declared once, in the contract) plus what only the file needs. */
export const manifestSchema = backupSummarySchema.omit({ formatVersion: true, databaseBytes: true }).extend({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  members: z.array(memberSchema),
  cipher: z.object({ name: z.literal('sqlcipher'), legacy: z.literal(4), pageSize: z.number().int().positive() }),
  dataKeyHex: z.string().regex(/^[0-9a-f]{64}$/),
  compression: z.literal('none'),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** What the UI and CLI may show: the manifest without the key or member bookkeeping. */
export type BackupSummary = z.infer<typeof backupSummarySchema>;

export function summarise(m: Manifest): BackupSummary {
  return {
    formatVersion: m.formatVersion,
    appVersion: m.appVersion,
    schemaVersion: m.schemaVersion,
    organisationName: m.organisationName,
    siteCode: m.siteCode,
    createdAt: m.createdAt,
    createdBy: m.createdBy,
    counts: m.counts,
    databaseBytes: m.members.find((x) => x.name === MEMBER.db)?.size ?? 0,
  };
}
