import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../../shared/errors';
import { DB_FILE, KEYRING_FILE } from '../../paths';
import { fsyncDir, writeFileAtomic } from '../../fs/atomic';
import { withFileKeys, type AgeSecrets } from '../age';
import { checkUnpacked, unpackBackup } from '../unpack';
import { chainEntrySchema, imageDigest } from './format';
import { joinPieces } from './pieces';
import { readChainFile, type ChainFileHead, type ReadLink } from './read';
import { applyLink, pageHashesOfFile } from './rebuild';

/**
 * A head office's copy of a site's vault, kept up to date from the links it receives:
 * `amizero.db` and `keyring.json` as a restore would leave them, and `replica.json`, which
 * says which chain and how far. Each apply checks every link (age authentication, sums,
 * the image hash before and after), refuses a gap, a link applied twice or another vault's,
 * and replaces the database only once every given link has applied to a copy.
 */
export const REPLICA_FILE = 'replica.json';
const PENDING_FILE = 'replica.pending.json';
const STAGING = '.replica-staging';

const replicaSchema = z
  .object({
    format: z.literal('amizero-replica'),
    version: z.literal(1),
    vaultId: z.string(),
    siteCode: z.string(),
    /** The chain's files applied so far, the full backup first. */
    applied: z.array(chainEntrySchema).min(1),
    pageSize: z.number().int().positive(),
    image: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
type Replica = z.infer<typeof replicaSchema>;

export interface ReplicaResult {
  created: boolean;
  applied: number;
  sequence: number;
  createdAt: string;
}

function invalid(message: string): AppError {
  return new AppError('BACKUP_REPLICA_INVALID', `not a replica: ${message}`);
}

function readJson(path: string): Replica | null {
  try {
    return replicaSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return null;
  }
}

/** The replica's state, after finishing an apply that was cut short between its two renames. */
async function loadReplica(dir: string): Promise<{ replica: Replica; hashes: Buffer } | null> {
  if (!existsSync(dir) || readdirSync(dir).filter((n) => n !== STAGING).length === 0) return null;
  const current = readJson(join(dir, REPLICA_FILE));
  if (!current || !existsSync(join(dir, DB_FILE))) throw invalid('no replica.json, or no database beside it');
  const hashes = await pageHashesOfFile(join(dir, DB_FILE), current.pageSize);
  const digest = imageDigest(current.pageSize, hashes);
  const pending = readJson(join(dir, PENDING_FILE));
  if (pending && digest === pending.image) {
    renameSync(join(dir, PENDING_FILE), join(dir, REPLICA_FILE));
    return { replica: pending, hashes };
  }
  rmSync(join(dir, PENDING_FILE), { force: true });
  if (digest !== current.image) throw invalid('the database is not the one replica.json describes');
  return { replica: current, hashes };
}

/** Starts (or, from a newer full backup of the same vault, restarts) the replica from a full backup. */
async function fromFull(dir: string, head: Extract<ChainFileHead, { kind: 'full' }>, secrets: AgeSecrets, siteCode: string | null) {
  if (!head.id) throw invalid(`${basename(head.file)} is a full backup made before chains existed`);
  const staging = join(dir, STAGING);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true, mode: 0o700 });
  const u = await unpackBackup(head.file, secrets, staging);
  try {
    await checkUnpacked(u);
  } finally {
    u.dataKey.fill(0);
  }
  writeFileAtomic(join(staging, KEYRING_FILE), u.keyringBytes);
  const hashes = await pageHashesOfFile(u.dbPath, u.manifest.cipher.pageSize);
  const replica: Replica = {
    format: 'amizero-replica',
    version: 1,
    vaultId: head.vaultId,
    siteCode: siteCode ?? u.manifest.siteCode,
    applied: [{ id: head.id, sequence: 0, createdAt: head.createdAt }],
    pageSize: u.manifest.cipher.pageSize,
    image: imageDigest(u.manifest.cipher.pageSize, hashes),
  };
  return { staging, replica, hashes };
}

export function applyToReplica(dir: string, files: string[], secrets: AgeSecrets): Promise<ReplicaResult> {
  // Pieces, heads and the full backup's body are each read separately: one KDF run per file.
  return withFileKeys(secrets, (secrets) => applyFiles(dir, files, secrets));
}

async function applyFiles(dir: string, files: string[], secrets: AgeSecrets): Promise<ReplicaResult> {
  const joined = await joinPieces(files, secrets);
  try {
    const heads: ChainFileHead[] = [];
    const bodies = new Map<string, ReadLink>();
    for (const f of joined.files) {
      const { head, link } = await readChainFile(f, secrets);
      heads.push(head);
      if (link) bodies.set(head.id!, link);
    }
    const loaded = await loadReplica(dir);
    const fulls = heads.filter((h): h is Extract<ChainFileHead, { kind: 'full' }> => h.kind === 'full');
    const links = heads.filter((h): h is Extract<ChainFileHead, { kind: 'link' }> => h.kind === 'link');
    if (fulls.length > 1)
      throw new AppError('BACKUP_CHAIN_DUPLICATE', 'more than one full backup given', {
        params: { link: 0, file: basename(fulls[1]!.file) },
      });
    let vaultId = loaded?.replica.vaultId ?? fulls[0]?.vaultId ?? links[0]?.vaultId;
    for (const h of heads)
      if (h.vaultId !== vaultId)
        throw new AppError('BACKUP_CHAIN_FOREIGN', `${basename(h.file)} belongs to another vault`, { params: { file: basename(h.file) } });
    let state: { staging: string | null; replica: Replica; hashes: Buffer };
    let created = false;
    const full = fulls[0];
    if (full && (!loaded || full.id !== loaded.replica.applied[0]!.id)) {
      if (loaded && full.createdAt <= loaded.replica.applied[0]!.createdAt)
        throw new AppError('BACKUP_CHAIN_ORDER', `${basename(full.file)} is older than the chain the replica follows`, {
          params: { link: 0, file: basename(full.file), made: full.createdAt },
        });
      state = await fromFull(dir, full, secrets, null);
      created = !loaded;
    } else if (loaded) {
      if (full)
        throw new AppError('BACKUP_CHAIN_DUPLICATE', 'the full backup was already applied', {
          params: { link: 0, file: basename(full.file) },
        });
      state = { staging: null, ...loaded };
    } else {
      if (existsSync(dir) && readdirSync(dir).some((n) => n !== STAGING)) throw invalid('the folder is not empty');
      const first = links.sort((a, b) => a.manifest.chain.sequence - b.manifest.chain.sequence)[0];
      const made = first?.manifest.chain.before[0]?.createdAt ?? '';
      throw new AppError('BACKUP_CHAIN_BASE_MISSING', 'a new replica starts from the full backup of the chain', { params: { made } });
    }
    vaultId = state.replica.vaultId;
    const base = state.replica.applied[0]!;
    links.sort((a, b) => a.manifest.chain.sequence - b.manifest.chain.sequence);
    for (const l of links) {
      const m = l.manifest;
      const file = basename(l.file);
      if (m.chain.before[0]?.id !== base.id)
        throw new AppError('BACKUP_CHAIN_FOREIGN', `${file} belongs to another chain`, { params: { file } });
      const next = state.replica.applied.length;
      if (m.chain.sequence < next || links.some((o) => o !== l && o.manifest.chain.sequence === m.chain.sequence))
        throw new AppError('BACKUP_CHAIN_DUPLICATE', `link ${m.chain.sequence} was already applied or given twice`, {
          params: { link: m.chain.sequence, file },
        });
      if (m.chain.sequence > next) {
        const missing = m.chain.before[next]!;
        throw new AppError('BACKUP_CHAIN_LINK_MISSING', `link ${next} of ${m.chain.sequence} is missing: made ${missing.createdAt}`, {
          params: { link: next, of: m.chain.sequence, made: missing.createdAt },
        });
      }
      if (!state.staging) {
        const staging = join(dir, STAGING);
        rmSync(staging, { recursive: true, force: true });
        mkdirSync(staging, { mode: 0o700 });
        copyFileSync(join(dir, DB_FILE), join(staging, DB_FILE));
        state.staging = staging;
      }
      const body = bodies.get(l.id)!;
      state.hashes = applyLink(join(state.staging, DB_FILE), state.hashes, body, l.file);
      writeFileAtomic(join(state.staging, KEYRING_FILE), body.keyringBytes);
      state.replica = {
        ...state.replica,
        applied: [...state.replica.applied, { id: m.chain.id, sequence: m.chain.sequence, createdAt: m.createdAt }],
        image: m.image.to,
      };
    }
    if (state.staging) {
      // The new state is written first; the database's arrival is what makes it true (see loadReplica).
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      writeFileAtomic(join(dir, PENDING_FILE), JSON.stringify(state.replica, null, 2));
      for (const f of [KEYRING_FILE, DB_FILE]) if (existsSync(join(state.staging, f))) renameSync(join(state.staging, f), join(dir, f));
      renameSync(join(dir, PENDING_FILE), join(dir, REPLICA_FILE));
      fsyncDir(dir);
      rmSync(state.staging, { recursive: true, force: true });
    }
    const last = state.replica.applied.at(-1)!;
    return { created, applied: links.length + (full ? 1 : 0), sequence: last.sequence, createdAt: last.createdAt };
  } finally {
    joined.cleanup();
    rmSync(join(dir, STAGING), { recursive: true, force: true });
  }
}
