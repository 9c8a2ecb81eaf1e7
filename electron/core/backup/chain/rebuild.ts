import { closeSync, fsyncSync, ftruncateSync, openSync, statSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../../../shared/errors';
import { withFileKeys, type AgeSecrets } from '../age';
import { damaged } from '../errors';
import { hashFileInBackground } from '../io';
import { BACKUP_FORMAT, MEMBER, type BackupSummary, type ImageManifest } from '../manifest';
import { unpackBackup, type ReadOptions, type Unpacked } from '../unpack';
import { verifyUnpacked } from '../verify';
import { decodePages, imageDigest, pageHash, type LinkManifest } from './format';
import { planChain, type ChainPlan, type PlanOptions } from './plan';
import { readChainFile, type ChainFileHead, type ReadLink } from './read';
import { joinPieces } from './pieces';

export interface RebuildOptions extends ReadOptions, PlanOptions {}

/** The page sums of a database file, from a worker thread's read. */
export async function pageHashesOfFile(path: string, pageSize: number): Promise<Buffer> {
  const h = hashFileInBackground(path, statSync(path).size, pageSize);
  try {
    return await h.pages;
  } finally {
    h.stop();
  }
}

/**
 * Writes a link's pages into the image at `dbPath` (its page sums in `hashes`) and returns
 * the new sums. The image must be the one the link was made from (`image.from`), and must
 * come out as the one it names (`image.to`): otherwise it is out of order, or damaged.
 */
export function applyLink(dbPath: string, hashes: Buffer, link: ReadLink, file: string): Buffer {
  const { image, chain } = link.manifest;
  if (imageDigest(image.pageSize, hashes) !== image.from)
    throw new AppError('BACKUP_CHAIN_ORDER', `link ${chain.sequence} (${basename(file)}) does not apply to the image before it`, {
      params: { link: chain.sequence, file: basename(file), made: link.manifest.createdAt },
    });
  const next = Buffer.alloc(image.pageCount * 32);
  hashes.copy(next, 0, 0, Math.min(hashes.length, next.length));
  const fd = openSync(dbPath, 'r+');
  try {
    for (const p of decodePages(link.pages, image.pageSize)) {
      if (p.pgno < 1 || p.pgno > image.pageCount) throw damaged(`link ${chain.sequence} holds a page beyond the database's end`);
      writeSync(fd, p.bytes, 0, p.bytes.length, (p.pgno - 1) * image.pageSize);
      pageHash(p.bytes).copy(next, (p.pgno - 1) * 32);
    }
    ftruncateSync(fd, image.pageCount * image.pageSize);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (imageDigest(image.pageSize, next) !== image.to) throw damaged(`link ${chain.sequence} does not rebuild the database it names`);
  return next;
}

/** What the newest link says about the image it makes, in the shape the final check reads. */
export function imageManifestOf(m: LinkManifest, keyringBytes: Buffer): ImageManifest {
  return {
    format: BACKUP_FORMAT,
    formatVersion: m.formatVersion,
    appVersion: m.appVersion,
    schemaVersion: m.schemaVersion,
    organisationName: m.organisationName,
    siteCode: m.siteCode,
    createdAt: m.createdAt,
    createdBy: m.createdBy,
    counts: m.counts,
    members: [
      { name: MEMBER.keyring, size: keyringBytes.length },
      { name: MEMBER.db, size: m.image.pageCount * m.image.pageSize },
    ],
    cipher: { name: 'sqlcipher', legacy: 4, pageSize: m.image.pageSize },
    compression: 'none',
    ...(m.auditHead ? { auditHead: m.auditHead } : {}),
    backupId: m.chain.id,
  };
}

/** Every file's first members (and a link's whole body: links are small), then the plan. */
export async function readChain(
  files: string[],
  secrets: AgeSecrets,
  o: RebuildOptions = {},
): Promise<{ plan: ChainPlan; bodies: Map<string, ReadLink> }> {
  const heads: ChainFileHead[] = [];
  const bodies = new Map<string, ReadLink>();
  for (const f of files) {
    const { head, link } = await readChainFile(f, secrets, { signal: o.signal });
    heads.push(head);
    if (link) bodies.set(head.id!, link);
  }
  return { plan: planChain(heads, o), bodies };
}

/**
 * Rebuilds the newest point of a chain into `dir`: the full backup unpacked (and checked
 * against its own sums), each link applied in order with its image hashes checked, then
 * the result checked like any backup (every page's HMAC, integrity check, the counts and
 * audit head of the newest link). Nothing outside `dir` is written.
 */
export async function rebuildChain(
  files: string[],
  secrets: AgeSecrets,
  dir: string,
  o: RebuildOptions = {},
): Promise<Unpacked & { file: string }> {
  return withFileKeys(secrets, async (secrets) => {
    // Pieces are joined first (into a private temporary folder: they are still encrypted files).
    const joined = await joinPieces(files, secrets);
    try {
      return await rebuildJoined(joined.files, secrets, dir, o);
    } finally {
      joined.cleanup();
    }
  });
}

async function rebuildJoined(files: string[], secrets: AgeSecrets, dir: string, o: RebuildOptions): Promise<Unpacked & { file: string }> {
  const { plan, bodies } = await readChain(files, secrets, o);
  const u = await unpackBackup(plan.base.file, secrets, dir, o);
  try {
    const newest = plan.links.at(-1)!;
    const last = bodies.get(newest.id)!;
    let hashes = await pageHashesOfFile(u.dbPath, last.manifest.image.pageSize);
    for (const l of plan.links) {
      if (o.signal?.aborted) throw new AppError('BACKUP_CANCELLED', 'cancelled');
      hashes = applyLink(u.dbPath, hashes, bodies.get(l.id)!, l.file);
    }
    return {
      manifest: imageManifestOf(last.manifest, last.keyringBytes),
      dataKey: u.dataKey,
      keyringBytes: last.keyringBytes,
      dbPath: u.dbPath,
      file: newest.file,
    };
  } catch (e) {
    u.dataKey.fill(0);
    throw e;
  }
}

/** Verifies a chain end to end in a private temporary folder, as verifyBackup does for one file. */
export function verifyChain(files: string[], secrets: AgeSecrets, o: RebuildOptions = {}): Promise<BackupSummary> {
  return verifyUnpacked((dir) => rebuildChain(files, secrets, dir, o), o);
}
