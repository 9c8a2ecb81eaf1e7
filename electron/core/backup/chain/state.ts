import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { BACKUP_CHAIN_FILE } from '../../paths';
import { writeFileAtomic } from '../../fs/atomic';
import { chainEntrySchema } from './format';
import { PAGE_MARK_BYTES } from '../io';

/**
 * Where the next link starts from, kept beside the vault: the chain's files so far and
 * the sha256 and mark (io.ts) of every page of the image the newest of them holds. The
 * pages are SQLCipher ciphertext, so their sums and marks reveal nothing; the file is not
 * secret. It is
 * written only after a file has been published and read back, so a failed or deleted
 * link is never built on. A missing or unreadable state means the next backup is full.
 */
const headSchema = z
  .object({
    vaultId: z.string(),
    /** sha256 of a label and the data key: a re-key (new key, every page new) starts a new chain. */
    keyCheck: z.string().regex(/^[0-9a-f]{64}$/),
    files: z.array(chainEntrySchema).min(1),
    /** Sizes, in bytes, of each file in `files`, for the rule that starts a new full backup. */
    sizes: z.array(z.number().int().nonnegative()).min(1),
    /** Their file names, and the folder they were written to: a chain whose files are not all there is not built on. */
    names: z.array(z.string()).min(1),
    folder: z.string().nullable(),
    pageSize: z.number().int().positive(),
    /** Bytes of each page's mark after the sums; a state from before marks is not built on (the next backup is full). */
    markBytes: z.literal(PAGE_MARK_BYTES),
  })
  .strict();

/** Per page, in page order: its sha256 (32 bytes) and its mark (PAGE_MARK_BYTES). */
export interface PageSums {
  pageSize: number;
  hashes: Buffer;
  marks: Buffer;
}

export type ChainState = z.infer<typeof headSchema> & { hashes: Buffer; marks: Buffer };

export function keyCheckOf(dataKey: Buffer): string {
  return createHash('sha256').update('amizero-chain-key-check\0').update(dataKey).digest('hex');
}

export function chainStatePath(dataDir: string): string {
  return join(dataDir, BACKUP_CHAIN_FILE);
}

export function readChainState(dataDir: string): ChainState | null {
  const path = chainStatePath(dataDir);
  if (!existsSync(path)) return null;
  try {
    const bytes = readFileSync(path);
    const len = bytes.readUInt32BE(0);
    const head = headSchema.parse(JSON.parse(bytes.toString('utf8', 4, 4 + len)));
    const rest = bytes.subarray(4 + len);
    const pages = rest.length / (32 + head.markBytes);
    if (!Number.isInteger(pages) || head.files.length !== head.sizes.length || head.files.length !== head.names.length) return null;
    if (head.files.some((f, i) => f.sequence !== i)) return null;
    return { ...head, hashes: rest.subarray(0, pages * 32), marks: rest.subarray(pages * 32) };
  } catch {
    return null;
  }
}

export function writeChainState(dataDir: string, s: ChainState): void {
  const { hashes, marks, ...head } = s;
  if (hashes.length / 32 !== marks.length / PAGE_MARK_BYTES) throw new Error('page sums and marks disagree');
  const json = Buffer.from(JSON.stringify(headSchema.parse(head)));
  const len = Buffer.alloc(4);
  len.writeUInt32BE(json.length);
  writeFileAtomic(chainStatePath(dataDir), Buffer.concat([len, json, hashes, marks]));
}

export function clearChainState(dataDir: string): void {
  rmSync(chainStatePath(dataDir), { force: true });
}

/** The state a chain starts from: the full backup just written and read back (its page sums came with it). */
export function startChainState(o: {
  vaultId: string;
  dataKey: Buffer;
  backupId: string;
  createdAt: string;
  fileBytes: number;
  pages: PageSums;
  /** Where the full backup was written. */
  path: string;
}): ChainState {
  return {
    vaultId: o.vaultId,
    keyCheck: keyCheckOf(o.dataKey),
    files: [{ id: o.backupId, sequence: 0, createdAt: o.createdAt }],
    sizes: [o.fileBytes],
    names: [basename(o.path)],
    folder: dirname(o.path),
    pageSize: o.pages.pageSize,
    markBytes: PAGE_MARK_BYTES,
    hashes: o.pages.hashes,
    marks: o.pages.marks,
  };
}
