import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AuditAnchor, Keyring } from '../../../shared/files/keyring';
import type { AppDb } from '../db/kysely';
import { auditRepo } from '../repositories/audit';
import { hkdfSha256 } from '../vault/hkdf';
import { GENESIS_HASH, type ChainProblem } from './chain';
import { requireSession, type CoreState } from '../state';

/**
 * The audit chain's head anchored outside the database, in keyring.json. The anchor is
 * advanced at every keyring write of a session and at lock, so it lags the chain by the
 * entries written since (a crash leaves it there). Verification therefore accepts a
 * chain that is longer than the anchor when the entry at the anchor's position carries
 * the anchored hash, and reports a shorter chain ("truncated") or another hash there
 * ("rewritten"). The MAC is keyed from the data key, so the anchor cannot be forged or
 * moved by anyone who does not hold it.
 */
export interface ChainHead {
  count: number;
  hash: string;
}

const MAC_INFO = 'amizero audit anchor v1';

/** The anchor's MAC key, derived from the data key (HKDF without a KeyObject copy of the key). */
function macKey(dek: Buffer, vaultId: string): Buffer {
  return hkdfSha256(dek, Buffer.from(vaultId, 'utf8'), MAC_INFO);
}

function anchorMac(dek: Buffer, vaultId: string, head: ChainHead): string {
  const key = macKey(dek, vaultId);
  try {
    return createHmac('sha256', key).update(`${MAC_INFO}|${vaultId}|${head.count}|${head.hash}`).digest('hex');
  } finally {
    key.fill(0);
  }
}

export function sealAnchor(keyring: Keyring, dek: Buffer, head: ChainHead): Keyring {
  return { ...keyring, auditAnchor: { count: head.count, hash: head.hash, mac: anchorMac(dek, keyring.vaultId, head) } };
}

export function anchorIsAuthentic(keyring: Keyring, dek: Buffer, a: AuditAnchor): boolean {
  const want = Buffer.from(anchorMac(dek, keyring.vaultId, a), 'hex');
  return timingSafeEqual(want, Buffer.from(a.mac, 'hex'));
}

/** The entry count and newest hash; the hash of an empty chain is the genesis hash. */
export async function readChainHead(db: AppDb): Promise<ChainHead> {
  const count = await auditRepo.count(db);
  return { count, hash: (await auditRepo.last(db))?.hash ?? GENESIS_HASH };
}

export type AnchorStatus = 'absent' | 'matches' | 'truncated' | 'rewritten' | 'invalid';

/** Compares the chain with the keyring's anchor. */
export async function checkAnchor(db: AppDb, keyring: Keyring, dek: Buffer): Promise<{ status: AnchorStatus; anchored: number }> {
  const a = keyring.auditAnchor;
  if (!a) return { status: 'absent', anchored: 0 };
  if (!anchorIsAuthentic(keyring, dek, a)) return { status: 'invalid', anchored: a.count };
  const count = await auditRepo.count(db);
  if (count < a.count) return { status: 'truncated', anchored: a.count };
  const hash = a.count === 0 ? GENESIS_HASH : await auditRepo.hashAt(db, a.count);
  return { status: hash === a.hash ? 'matches' : 'rewritten', anchored: a.count };
}

/** The anchor check as problems in the shape audit.verify reports. */
export function anchorProblems(check: { status: AnchorStatus; anchored: number }): ChainProblem[] {
  if (check.status === 'truncated' || check.status === 'rewritten') return [{ seq: check.anchored, kind: check.status }];
  if (check.status === 'invalid') return [{ seq: check.anchored, kind: 'anchor_invalid' }];
  return [];
}

/**
 * The keyring with its anchor moved to the chain's current head, or left where it is
 * when the chain no longer extends it: an anchor is never moved onto a tampered chain,
 * so the tampering stays visible to the next verification.
 */
export async function advanceAnchor(db: AppDb, keyring: Keyring, dek: Buffer): Promise<Keyring> {
  const { status } = await checkAnchor(db, keyring, dek);
  if (status !== 'absent' && status !== 'matches') return keyring;
  return sealAnchor(keyring, dek, await readChainHead(db));
}

/**
 * For re-keying: the anchor moves to the new data key. A matching (or absent) anchor
 * becomes the current head under the new key; a truncated or rewritten chain keeps its
 * old anchor, re-sealed, so the mismatch stays visible after the re-key.
 */
export async function rekeyAnchor(db: AppDb, keyring: Keyring, oldDek: Buffer, newDek: Buffer): Promise<Keyring> {
  const { status } = await checkAnchor(db, keyring, oldDek);
  if (status === 'absent' || status === 'matches') return sealAnchor(keyring, newDek, await readChainHead(db));
  if (status === 'invalid') return keyring;
  return sealAnchor(keyring, newDek, keyring.auditAnchor!);
}

/** Every keyring write of a session goes through here, so each one carries the current head. */
export async function saveKeyringAnchored(state: CoreState, keyring: Keyring): Promise<void> {
  const session = requireSession(state);
  state.vault.saveKeyring(await session.withDataKey((dek) => advanceAnchor(session.db, keyring, dek)));
}

/** The chain checked against the keyring's anchor, for audit.verify and doctor. */
export async function anchorCheckFor(state: CoreState): Promise<ChainProblem[]> {
  const session = requireSession(state);
  const keyring = state.vault.keyring();
  return anchorProblems(await session.withDataKey((dek) => checkAnchor(session.db, keyring, dek)));
}
