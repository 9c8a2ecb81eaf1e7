import type { Keyring, KeyringSlot } from '../../../shared/files/keyring';
import type { Role } from '../../../shared/roles';
import { categoriesForRole, SEALED_CATEGORY_IDS, type SealedCategory } from '../../../shared/sealed-categories';
import {
  isLegacySlot,
  openTransition,
  slotCategories,
  withCategoryWraps,
  withoutCategories,
  wrapTransition,
  type KeyGrant,
} from '../vault/keyring';
import type { UserRow } from '../repositories/users';
import { usersRepo } from '../repositories/users';
import type { Session } from '../session';
import type { CoreState } from '../state';
import { copySecret, randomSecret } from '../db/raw-key';

/**
 * Who holds which wrap (keyring version 2). The rule, checked by doctor too: each sealed
 * category's key is wrapped in exactly the slots of active accounts whose role is
 * entitled (shared/sealed-categories.ts) and in the recovery slot.
 *
 * Transition from version 1: a version-1 slot holds only the data key under its
 * password; nobody can seal anything to it. Each account upgrades her own slot at her
 * next sign-in (she types her password); the recovery slot is upgraded the next time
 * the recovery key is used (password recovery, or a manager entering it once in
 * Settings). Until every entitled active account and the recovery slot are upgraded,
 * `keyring.transition` keeps each category key wrapped under the data key, which is what
 * those slots receive it from; while it exists the data key still opens the category,
 * and doctor and the Home page say so. New vaults never have it.
 */

type AccountFacts = Pick<UserRow, 'id' | 'role' | 'disabled_at'>;

export function entitledCategories(slot: KeyringSlot, accounts: ReadonlyMap<string, AccountFacts>): SealedCategory[] {
  if (slot.kind === 'recovery') return [...SEALED_CATEGORY_IDS];
  const account = slot.userId ? accounts.get(slot.userId) : undefined;
  return account && !account.disabled_at ? categoriesForRole(account.role as Role) : [];
}

function byId(rows: AccountFacts[]): Map<string, AccountFacts> {
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * The category keys a session of this role starts with: its own wraps, else the
 * transitional copy, else (nobody has ever held one: the first entitled sign-in after
 * the upgrade) a new key.
 */
export function categoryKeysForRole(
  keyring: Keyring,
  dek: Buffer,
  role: Role,
  own: Map<SealedCategory, Buffer>,
): Map<SealedCategory, Buffer> {
  return resolveCategoryKeys(keyring, dek, categoriesForRole(role), own);
}

/** As categoryKeysForRole, for a chosen list (the recovery slot is entitled to every category). Wipes the unwanted. */
export function resolveCategoryKeys(
  keyring: Keyring,
  dek: Buffer,
  wanted: readonly SealedCategory[],
  own: Map<SealedCategory, Buffer>,
): Map<SealedCategory, Buffer> {
  const out = new Map<SealedCategory, Buffer>();
  for (const c of wanted) {
    const key = own.get(c) ?? openTransition(keyring, dek, c) ?? (categoryExists(keyring, c) ? null : randomSecret(32));
    if (key) out.set(c, key);
  }
  for (const [c, k] of own) if (!out.has(c)) k.fill(0);
  return out;
}

function categoryExists(keyring: Keyring, c: SealedCategory): boolean {
  return keyring.transition?.[c] !== undefined || keyring.slots.some((s) => s.keys?.categories[c] !== undefined);
}

/** Copies of the keys one role may hold, from a larger set (the recovery slot's) that the caller wipes. */
export function keysForRole(all: ReadonlyMap<SealedCategory, Buffer>, role: Role): Map<SealedCategory, Buffer> {
  return new Map(
    categoriesForRole(role)
      .filter((c) => all.has(c))
      .map((c) => [c, copySecret(all.get(c)!)]),
  );
}

/** What a new or replaced slot for this role receives from the keys in hand. */
export function grantForRole(dek: Buffer, held: ReadonlyMap<SealedCategory, Buffer>, role: Role | 'recovery'): KeyGrant {
  const allowed = role === 'recovery' ? SEALED_CATEGORY_IDS : categoriesForRole(role);
  return { dek, categories: Object.fromEntries(allowed.filter((c) => held.has(c)).map((c) => [c, held.get(c)!])) };
}

/**
 * Drops slots of accounts that do not exist or are disabled, then brings every version-2 slot's wraps in line with the rule for the categories whose
 * keys are in hand (removals need no key), and keeps or drops the transitional copies.
 * A category whose key is not in hand keeps its transitional copy: dropping it could
 * lose the only wrap.
 */
export function reconcileWraps(keyring: Keyring, rows: AccountFacts[], dek: Buffer, held: ReadonlyMap<SealedCategory, Buffer>): Keyring {
  const accounts = byId(rows);
  // A slot whose account does not exist (a crash between writing a new account's slot and
  // its row) or is disabled opens the vault for nobody who should: it goes.
  const live = keyring.slots.filter(
    (s) => s.kind === 'recovery' || (s.userId && accounts.get(s.userId) && !accounts.get(s.userId)!.disabled_at),
  );
  const slots = live.map((slot) => {
    if (isLegacySlot(slot)) return slot;
    const want = entitledCategories(slot, accounts);
    const trimmed = withoutCategories(slot, want);
    const missing = want.filter((c) => held.has(c) && !trimmed.keys!.categories[c]);
    return missing.length ? withCategoryWraps(keyring, trimmed, Object.fromEntries(missing.map((c) => [c, held.get(c)!]))) : trimmed;
  });
  const transition = { ...keyring.transition };
  for (const [c, key] of held) {
    const pending = slots.some((s) => isLegacySlot(s) && entitledCategories(s, accounts).includes(c));
    if (pending && !transition[c]) transition[c] = wrapTransition(keyring, dek, c, key);
    if (!pending) delete transition[c];
  }
  const next: Keyring = { ...keyring, version: 2, slots };
  if (Object.keys(transition).length) next.transition = transition;
  else delete next.transition;
  return next;
}

/** Applies reconcileWraps with the session's keys and writes the keyring when anything changed. */
export async function settleWraps(state: CoreState, session: Session): Promise<void> {
  const rows = await usersRepo.all(session.db);
  const keyring = state.vault.keyring();
  const next = session.withKeys((dek, held) => reconcileWraps(keyring, rows, dek, held));
  if (JSON.stringify(next) !== JSON.stringify(keyring)) state.vault.saveKeyring(next);
}

export interface KeyTransition {
  /** Active accounts whose slot is still version 1 (they have not signed in since the upgrade). */
  pendingAccounts: string[];
  recoveryPending: boolean;
  /** Categories whose key the data key still opens (the transitional copy). */
  openWithDataKey: SealedCategory[];
}

export function keyTransition(keyring: Keyring, rows: AccountFacts[]): KeyTransition {
  const accounts = byId(rows);
  return {
    pendingAccounts: keyring.slots
      .filter((s) => s.kind === 'user' && isLegacySlot(s) && s.userId && accounts.get(s.userId) && !accounts.get(s.userId)!.disabled_at)
      .map((s) => s.userId!),
    recoveryPending: keyring.slots.some((s) => s.kind === 'recovery' && isLegacySlot(s)),
    openWithDataKey: SEALED_CATEGORY_IDS.filter((c) => keyring.transition?.[c] !== undefined),
  };
}

/** Doctor's view of the rule: per category, the slots that hold a wrap they should not, or lack one they should. */
export function wrapProblems(keyring: Keyring, rows: AccountFacts[]): string[] {
  const accounts = byId(rows);
  const problems: string[] = [];
  for (const c of SEALED_CATEGORY_IDS) {
    let extra = 0;
    let missing = 0;
    for (const slot of keyring.slots) {
      if (isLegacySlot(slot)) continue;
      // A slot whose account row never arrived (interrupted creation) is the accounts
      // check's to report; sign-in removes it, wraps and all.
      if (slot.kind === 'user' && (!slot.userId || !accounts.has(slot.userId))) continue;
      const should = entitledCategories(slot, accounts).includes(c);
      const has = slotCategories(slot).includes(c);
      if (has && !should) extra++;
      if (should && !has) missing++;
    }
    if (extra) problems.push(`${extra} slot(s) hold the ${c} key without being entitled to it`);
    if (missing) problems.push(`${missing} entitled slot(s) lack the ${c} key`);
  }
  return problems;
}
