import { createHash } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { keyringSchema } from '../../../../shared/files/keyring';
import { ageDecrypt, type AgeSecrets } from '../age';
import { damaged, toBackupError } from '../errors';
import { MEMBER } from '../manifest';
import { manifestHoldsKey } from '../manifest-key';
import { BLOCK } from '../tar';
import { nextEntry, notOurs, parseManifest, PlainReader, readFileChunks, readSmall, type ReadOptions } from '../unpack';
import { encodedPagesBytes, LINK_FORMAT_VERSION, LINK_MEMBER, linkManifestSchema, type LinkManifest } from './format';

/** What a file of a chain says about itself, read from its first members only. */
export type ChainFileHead =
  | { kind: 'full'; file: string; id: string | null; createdAt: string; vaultId: string }
  | { kind: 'link'; file: string; id: string; createdAt: string; vaultId: string; manifest: LinkManifest };

export interface ReadLink {
  manifest: LinkManifest;
  keyringBytes: Buffer;
  /** pages.bin, decompressed. */
  pages: Buffer;
}

function vaultIdOf(keyringBytes: Buffer): string {
  try {
    return keyringSchema.parse(JSON.parse(keyringBytes.toString('utf8'))).vaultId;
  } catch {
    throw damaged('keyring.json does not have the expected structure');
  }
}

function parseLinkManifest(bytes: Buffer): LinkManifest | null {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
  if ((json as { formatVersion?: unknown } | null)?.formatVersion !== LINK_FORMAT_VERSION) return null;
  const parsed = linkManifestSchema.safeParse(json);
  if (!parsed.success) throw notOurs('link manifest does not have the expected structure');
  return parsed.data;
}

/**
 * Reads a file's manifest and keyring (each age chunk authenticates as it arrives), then
 * either stops (a full backup: it is read whole later, into the staging folder) or reads
 * the rest of a link to its last chunk and checks its members' sums.
 */
export async function readChainFile(
  file: string,
  secrets: AgeSecrets,
  o: ReadOptions = {},
): Promise<{ head: ChainFileHead; link: ReadLink | null }> {
  const r = new PlainReader(ageDecrypt(readFileChunks(file, o), secrets));
  try {
    const manifestBytes = await readSmall(r, MEMBER.manifest);
    // A full backup's manifest holds the data key: its bytes never become a string before the key is cut out.
    const link = manifestHoldsKey(manifestBytes) ? null : parseLinkManifest(manifestBytes);
    if (!link) {
      // A full backup: its manifest holds the data key, wiped at once; only its id and date are needed here.
      const { manifest, dataKey } = parseManifest(manifestBytes);
      dataKey.fill(0);
      manifestBytes.fill(0);
      const vaultId = vaultIdOf(await readSmall(r, MEMBER.keyring));
      return { head: { kind: 'full', file, id: manifest.backupId ?? null, createdAt: manifest.createdAt, vaultId }, link: null };
    }
    const keyringBytes = await readSmall(r, LINK_MEMBER.keyring);
    const size = await nextEntry(r, LINK_MEMBER.pages);
    const stored = Buffer.from(await r.read(size));
    await r.read((BLOCK - (size % BLOCK)) % BLOCK);
    await r.drain();
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    const [k, p] = link.members;
    if (k?.name !== LINK_MEMBER.keyring || k.size !== keyringBytes.length || k.sha256 !== sha(keyringBytes))
      throw damaged('keyring.json does not match its checksum');
    if (p?.name !== LINK_MEMBER.pages || p.size !== stored.length || p.sha256 !== sha(stored))
      throw damaged('pages.bin does not match its checksum');
    const expected = encodedPagesBytes(link.changedPages, link.image.pageSize);
    let pages = stored;
    if (link.compression === 'deflate-raw') {
      try {
        pages = inflateRawSync(stored, { maxOutputLength: Math.max(expected, 1) });
      } catch {
        throw damaged('pages.bin does not decompress');
      }
    }
    if (pages.length !== expected) throw damaged('pages.bin does not hold the pages the manifest lists');
    if (vaultIdOf(keyringBytes) !== link.vaultId) throw damaged('the link names another vault than its keyring');
    return {
      head: { kind: 'link', file, id: link.chain.id, createdAt: link.createdAt, vaultId: link.vaultId, manifest: link },
      link: { manifest: link, keyringBytes, pages },
    };
  } catch (e) {
    throw toBackupError(e, 'read');
  } finally {
    await r.close();
  }
}
