import { z } from 'zod';
import { backupSummarySchema } from '../../../shared/contract/channels/backup';
import { holdingsSchema } from '../../../shared/rights/breach';

/**
 * manifest.json, the first member of the tar stream inside the age file. It holds the
 * raw data key so a head office can open the snapshot with sqlcipher alone: the key is
 * protected only by the age layer (the backup passphrase or recipient key). It is
 * therefore never written to disk when a backup is verified or restored.
 */
export const BACKUP_FORMAT = 'amizero-backup';
/**
 * 1: the database's sha256 is in the manifest (a hashing pass before writing).
 * 2: it is in `checksums.json`, a trailer after the database, computed while the
 *    database streams through: one read of the database instead of two. Both are read.
 */
export const BACKUP_FORMAT_VERSION = 2;
export const READABLE_FORMAT_VERSIONS = [1, 2] as const;
export type FormatVersion = (typeof READABLE_FORMAT_VERSIONS)[number];

export const MEMBER = { manifest: 'manifest.json', keyring: 'keyring.json', db: 'amizero.db', checksums: 'checksums.json' } as const;
/** Members after the manifest, in stream order. */
export const DATA_MEMBERS = [MEMBER.keyring, MEMBER.db] as const;

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);
/** In format 2 the database's sha256 is absent here: it follows the database, in the trailer. */
const memberSchema = z.object({ name: z.string(), size: z.number().int().nonnegative(), sha256: sha256Schema.optional() });

/** checksums.json (format 2): the last member, written once the database has streamed through. */
export const trailerSchema = z.object({
  members: z.array(z.object({ name: z.string(), size: z.number().int().nonnegative(), sha256: sha256Schema })),
});
export type Trailer = z.infer<typeof trailerSchema>;

/** Only the fields that decide whether we can read the rest; checked before the full schema. */
export const manifestHeadSchema = z.object({ format: z.literal(BACKUP_FORMAT), formatVersion: z.number().int().positive() });

/** The audit chain's head in the snapshot (count, newest hash): the log anchored outside the laptop. */
export const auditHeadSchema = z.object({ count: z.number().int().nonnegative(), hash: sha256Schema }).strict();

/** A backup's (or link's) own id: a UUID, as the app's other ids. */
export const backupIdSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

/** The summary the UI and CLI may show (declared once, in the contract) plus what only the file needs. */
export const manifestFileSchema = backupSummarySchema.omit({ formatVersion: true, databaseBytes: true, vaultId: true }).extend({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.union(READABLE_FORMAT_VERSIONS.map((v) => z.literal(v))),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  members: z.array(memberSchema),
  cipher: z.object({ name: z.literal('sqlcipher'), legacy: z.literal(4), pageSize: z.number().int().positive() }),
  dataKeyHex: z.string().regex(/^[0-9a-f]{64}$/),
  compression: z.literal('none'),
  /** Absent in backups made before the anchor existed. */
  auditHead: auditHeadSchema.optional(),
  /** Names this backup so incremental links can say they build on it; absent in older backups. */
  backupId: backupIdSchema.optional(),
  /** Residents and residents per category it holds (counts only), for a breach report; absent in older backups. */
  holdings: holdingsSchema.optional(),
});
/** In memory the key is never in the manifest object (see manifest-key.ts): it travels as a Buffer beside it. */
export const manifestSchema = manifestFileSchema.omit({ dataKeyHex: true });
export type Manifest = z.infer<typeof manifestSchema>;
/**
 * What a checked database image is described by: a full backup's manifest, or the one a
 * chain's newest link gives the image rebuilt from it (format version 3).
 */
export type ImageManifest = Omit<Manifest, 'formatVersion'> & { formatVersion: number };

/** What the UI and CLI may show: the manifest without the key or member bookkeeping. */
export type BackupSummary = z.infer<typeof backupSummarySchema>;

export function summarise(m: ImageManifest): BackupSummary {
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
