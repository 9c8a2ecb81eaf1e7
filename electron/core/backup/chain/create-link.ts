import { createHash, randomUUID } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { AppError } from '../../../../shared/errors';
import { keyringSchema } from '../../../../shared/files/keyring';
import type { BackupWriteOptions } from '../create';
import { withBackupWriter, writePartial } from '../writer';
import { throwIfCancelled } from '../operations';
import { publishExclusive } from '../../fs/exclusive';
import { BACKUP_FORMAT } from '../manifest';
import { END_OF_ARCHIVE, padding, tarHeader } from '../tar';
import { takeSnapshot } from '../snapshot';
import { changedPageIndexes, hashFileInBackground, PAGE_MARK_BYTES } from '../io';
import { encodedPagesBytes, encodePages, imageDigest, LINK_FORMAT_VERSION, LINK_MEMBER, type LinkManifest } from './format';
import { keyCheckOf, type ChainState } from './state';

export interface CreateLinkOptions extends BackupWriteOptions {
  /** What the newest file of the chain holds (see state.ts). */
  state: ChainState;
  /** 'scan': comparing pages (no byte count); 'write': sealing the link's payload. */
  onProgress?: (p: { stage: 'scan' | 'write'; done: number; total: number }) => void;
  /**
   * The most the link's pages may hold: past it, nothing is written and LinkPassesShare is
   * thrown, before any changed page is read into memory (a compacted vault changes them all).
   */
  maxPageBytes?: number;
}

/** The changed pages would pass `maxPageBytes`: the caller makes a full backup instead. */
export class LinkPassesShare extends Error {
  constructor(readonly pageBytes: number) {
    super('the changed pages pass the share the chain may still take');
  }
}

export interface CreatedLink {
  path: string;
  fileBytes: number;
  manifest: LinkManifest;
  /** The chain state once this link has been read back and found good: the caller writes it. */
  next: ChainState;
  fileKey?: Buffer;
}

/** Compression is kept only when it saves at least this share: encrypted pages never do (see README). */
const COMPRESSION_MIN_SAVING = 0.1;

/**
 * Writes an incremental link: the pages of a frozen snapshot of the live file whose mark
 * (io.ts: the end of the page's HMAC, new on every write) differs from the chain state's
 * (or lie beyond its end), plus the keyring, in one age file.
 * Same guarantees as a full backup: nothing in clear on disk (the pages are the database's
 * own ciphertext), sealed on the worker thread, published under its final name only when
 * complete.
 */
export async function createLink(o: CreateLinkOptions): Promise<CreatedLink> {
  throwIfCancelled(o.signal);
  const keyringBytes = readFileSync(o.keyringPath);
  const vaultId = keyringSchema.parse(JSON.parse(keyringBytes.toString('utf8'))).vaultId;
  if (o.state.vaultId !== vaultId || o.state.keyCheck !== keyCheckOf(o.dataKey))
    throw new AppError('INTERNAL', 'the chain state belongs to another vault or key: start a new chain with a full backup');
  return withBackupWriter(o, async ({ start, partial, hold }) => {
    // A link's manifest records no holdings (the full backup that starts its chain does).
    const snap = await takeSnapshot(o.sqlite, o.workDir, o.dataKey, { holdings: false });
    const releaseSnapshot = hold(() => snap.release());
    const { pageSize } = snap.facts;
    if (pageSize !== o.state.pageSize) throw new AppError('INTERNAL', 'the page size changed: start a new chain with a full backup');
    o.onProgress?.({ stage: 'scan', done: 0, total: snap.size });
    // Only the marks are read for every page: the sha256 of a page is computed only when its mark changed.
    const scan = hashFileInBackground(snap.path, snap.size, pageSize, { marksOnly: true });
    hold(() => scan.stop());
    const marks = await scan.marks;
    throwIfCancelled(o.signal);
    const pageCount = marks.length / PAGE_MARK_BYTES;
    const old = o.state.hashes;
    const hashes = Buffer.alloc(pageCount * 32);
    old.copy(hashes, 0, 0, Math.min(old.length, hashes.length));
    const changedIndexes = changedPageIndexes(o.state.marks, marks);
    const pageBytes = encodedPagesBytes(changedIndexes.length, pageSize);
    if (o.maxPageBytes !== undefined && pageBytes > o.maxPageBytes) throw new LinkPassesShare(pageBytes);
    const changed: { pgno: number; bytes: Buffer }[] = [];
    const fd = openSync(snap.path, 'r');
    try {
      for (const i of changedIndexes) {
        const bytes = Buffer.alloc(pageSize);
        if (readSync(fd, bytes, 0, pageSize, i * pageSize) !== pageSize) throw new AppError('INTERNAL', 'snapshot ended early');
        createHash('sha256')
          .update(bytes)
          .digest()
          .copy(hashes, i * 32);
        changed.push({ pgno: i + 1, bytes });
      }
    } finally {
      closeSync(fd);
    }
    const raw = encodePages(changed, pageSize);
    const deflated = raw.length > 0 ? deflateRawSync(raw, { level: 1 }) : raw;
    const compress = deflated.length <= raw.length * (1 - COMPRESSION_MIN_SAVING) && raw.length > 0;
    const pagesBytes = compress ? deflated : raw;
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    const id = randomUUID();
    const files = o.state.files;
    const manifest: LinkManifest = {
      format: BACKUP_FORMAT,
      formatVersion: LINK_FORMAT_VERSION,
      kind: 'link',
      appVersion: o.appVersion,
      schemaVersion: snap.facts.schemaVersion,
      organisationName: o.organisationName,
      siteCode: o.siteCode,
      createdAt: o.now.toISOString(),
      createdBy: o.createdBy,
      counts: snap.facts.counts,
      ...(snap.facts.auditHead ? { auditHead: snap.facts.auditHead } : {}),
      vaultId,
      chain: { id, sequence: files.length, before: files },
      image: { pageSize, from: imageDigest(pageSize, old), to: imageDigest(pageSize, hashes), pageCount },
      members: [
        { name: LINK_MEMBER.keyring, size: keyringBytes.length, sha256: sha(keyringBytes) },
        { name: LINK_MEMBER.pages, size: pagesBytes.length, sha256: sha(pagesBytes) },
      ],
      compression: compress ? 'deflate-raw' : 'none',
      changedPages: changed.length,
    };
    releaseSnapshot();
    const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2) + '\n');
    const mtime = Math.floor(o.now.getTime() / 1000);
    const payload = Buffer.concat([
      tarHeader(LINK_MEMBER.manifest, manifestBytes.length, mtime),
      manifestBytes,
      padding(manifestBytes.length),
      tarHeader(LINK_MEMBER.keyring, keyringBytes.length, mtime),
      keyringBytes,
      padding(keyringBytes.length),
      tarHeader(LINK_MEMBER.pages, pagesBytes.length, mtime),
      pagesBytes,
      padding(pagesBytes.length),
      END_OF_ARCHIVE,
    ]);
    // The whole payload is in memory (changed pages only): no source file to stream from.
    await writePartial(
      partial,
      start,
      {
        prefix: payload,
        sourcePath: o.keyringPath,
        size: 0,
        suffix: () => Promise.resolve(Buffer.alloc(0)),
        signal: o.signal,
      },
      () => o.onProgress?.({ stage: 'write', done: 0, total: payload.length }),
    );
    o.onProgress?.({ stage: 'write', done: payload.length, total: payload.length });
    throwIfCancelled(o.signal);
    publishExclusive(partial, o.outPath);
    const fileBytes = statSync(o.outPath).size;
    return {
      path: o.outPath,
      fileBytes,
      manifest,
      next: {
        ...o.state,
        files: [...files, { id, sequence: files.length, createdAt: manifest.createdAt }],
        sizes: [...o.state.sizes, fileBytes],
        names: [...o.state.names, basename(o.outPath)],
        hashes,
        marks,
      },
      ...(start.fileKey ? { fileKey: start.fileKey } : {}),
    };
  });
}
