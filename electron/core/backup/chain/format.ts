import { createHash } from 'node:crypto';
import { z } from 'zod';
import { backupSummarySchema } from '../../../../shared/contract/channels/backup';
import { auditHeadSchema, backupIdSchema, BACKUP_FORMAT } from '../manifest';

/**
 * An incremental link: an age file whose tar holds `manifest.json`, `keyring.json` and
 * `pages.bin` (the database pages that changed since the previous file of the chain).
 * Format version 3 of the same format name, so an app that knows only 1 and 2 says
 * "made by a newer version" instead of "not a backup".
 */
export const LINK_FORMAT_VERSION = 3;
export const LINK_MEMBER = { manifest: 'manifest.json', keyring: 'keyring.json', pages: 'pages.bin' } as const;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** One earlier file of the chain, as the newest link remembers it: enough to name one that is missing. */
export const chainEntrySchema = z.object({ id: backupIdSchema, sequence: z.number().int().nonnegative(), createdAt: z.string() }).strict();
export type ChainEntry = z.infer<typeof chainEntrySchema>;

export const linkManifestSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.literal(LINK_FORMAT_VERSION),
    kind: z.literal('link'),
    ...backupSummarySchema.pick({
      appVersion: true,
      schemaVersion: true,
      organisationName: true,
      siteCode: true,
      createdAt: true,
      createdBy: true,
    }).shape,
    counts: z.record(z.string(), z.number().int().nonnegative()),
    auditHead: auditHeadSchema.optional(),
    vaultId: z.string().min(1).max(100),
    chain: z
      .object({
        /** This link. */
        id: backupIdSchema,
        /** 1 for the first link after the full backup. */
        sequence: z.number().int().positive(),
        /** Every earlier file, the full backup (sequence 0) first: sequence i at index i. */
        before: z.array(chainEntrySchema).min(1).max(100_000),
      })
      .strict(),
    image: z
      .object({
        pageSize: z.number().int().positive(),
        /** imageDigest of the database this link applies to, and of the one it makes. */
        from: sha256Hex,
        to: sha256Hex,
        pageCount: z.number().int().positive(),
      })
      .strict(),
    members: z.array(z.object({ name: z.string(), size: z.number().int().nonnegative(), sha256: sha256Hex }).strict()).length(2),
    /** How pages.bin is stored: deflated only when that saves at least a tenth (see README). */
    compression: z.enum(['none', 'deflate-raw']),
    changedPages: z.number().int().nonnegative(),
  })
  .strict();
export type LinkManifest = z.infer<typeof linkManifestSchema>;

/**
 * The hash of a database image: sha256 over its page size and the sha256 of each page in
 * order. Each page's own sha256 is what the writer compares anyway, and a reader that
 * applied a link updates only the changed pages' sums, so neither side hashes the whole
 * image twice.
 */
export function imageDigest(pageSize: number, pageHashes: Buffer): string {
  const head = Buffer.alloc(12);
  head.write('amzi', 0, 'latin1');
  head.writeUInt32BE(pageSize, 4);
  head.writeUInt32BE(pageHashes.length / 32, 8);
  return createHash('sha256').update(head).update(pageHashes).digest('hex');
}

export function pageHash(page: Buffer): Buffer {
  return createHash('sha256').update(page).digest();
}

/** pages.bin: for each changed page, its number (1-based, 4 bytes big-endian) then its bytes. */
/** The bytes `count` pages take in pages.bin: each page after its 4-byte page number. */
export function encodedPagesBytes(count: number, pageSize: number): number {
  return count * (4 + pageSize);
}

export function encodePages(pages: { pgno: number; bytes: Buffer }[], pageSize: number): Buffer {
  const out = Buffer.alloc(encodedPagesBytes(pages.length, pageSize));
  let off = 0;
  for (const p of pages) {
    out.writeUInt32BE(p.pgno, off);
    p.bytes.copy(out, off + 4);
    off += 4 + pageSize;
  }
  return out;
}

export function* decodePages(data: Buffer, pageSize: number): Generator<{ pgno: number; bytes: Buffer }> {
  if (data.length % (4 + pageSize) !== 0) throw new Error('pages.bin is not a whole number of pages');
  for (let off = 0; off < data.length; off += 4 + pageSize)
    yield { pgno: data.readUInt32BE(off), bytes: data.subarray(off + 4, off + 4 + pageSize) };
}
