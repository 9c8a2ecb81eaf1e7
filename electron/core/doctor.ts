import { existsSync } from 'node:fs';
import type { Keyring } from '../../shared/files/keyring';
import { AppError, type ErrorCode } from '../../shared/errors';
import { ROLES, type Role } from '../../shared/roles';
import { Core, type CoreOptions } from './core';
import { requireSession } from './state';
import type { Session } from './session';
import { isDamageError } from './vault/vault';
import { usernameLookup } from './vault/keyring';
import { readHardening, REQUIRED_PRAGMAS } from './db/open';
import { pageAuthOk, verifyPages, type PageAuthResult } from './db/page-auth';
import { verifyAudit } from './audit/audit-log';
import { anchorCheckFor } from './audit/anchor';
import type { ChainProblem } from './audit/chain';
import { usersRepo, type UserRow } from './repositories/users';
import { keyTransition, wrapProblems } from './services/vault-keys';
import { checkSealedDocuments, type SealedCheck } from './services/sealed-documents';
import { checkSealedNotes } from './services/sealed-notes';
import { SEALED_CATEGORY_IDS, type SealedCategory } from '../../shared/sealed-categories';
import type { AppDb } from './db/kysely';

export const DOCTOR_CHECKS = ['keyring', 'signIn', 'pageAuth', 'integrity', 'pragmas', 'audit', 'accounts', 'sealed'] as const;
export type DoctorCheckId = (typeof DOCTOR_CHECKS)[number];

export interface DoctorCheck {
  id: DoctorCheckId;
  status: 'ok' | 'failed' | 'skipped';
  /** Short English facts for IT staff: counts, page numbers, setting names. Never keys or resident data. */
  detail: string;
  /** Set when a core error stopped the check; the CLI translates it. */
  code?: ErrorCode;
  retryAfterMs?: number;
}

export interface UserCounts {
  total: number;
  active: number;
  disabled: number;
  byRole: Record<Role, number>;
}

export interface DoctorReport {
  ok: boolean;
  checks: DoctorCheck[];
  users: UserCounts | null;
  pageAuth: PageAuthResult | null;
}

class CheckFailed extends Error {}

/**
 * Examines a vault the way a careful IT person would, through the normal sign-in:
 * the only writes are those of any sign-in and lock (audit entries, last sign-in time,
 * a re-wrapped slot when its KDF is upgraded). Checks that need an open vault are
 * skipped, not guessed, when an earlier one fails.
 */
export async function runDoctor(
  dataDir: string,
  username: string,
  password: string,
  opts: Omit<CoreOptions, 'dataDir'> = {},
): Promise<DoctorReport> {
  // A check must not start a backup nobody asked for.
  const core = new Core({ scheduledBackups: false, ...opts, dataDir });
  const report: DoctorReport = { ok: false, checks: [], users: null, pageAuth: null };
  const run = async (id: DoctorCheckId, fn: () => string | Promise<string>): Promise<boolean> => {
    try {
      report.checks.push({ id, status: 'ok', detail: await fn() });
      return true;
    } catch (e) {
      report.checks.push({ id, status: 'failed', ...describeFailure(e) });
      return false;
    }
  };
  // The keyring as found, before sign-in: a sign-in repairs wraps and removes stray
  // slots, and doctor must report what it found, not what it repaired.
  let found: Keyring | null = null;
  try {
    const ready =
      (await run('keyring', () => checkKeyring((found = readKeyringBesideDatabase(core))))) &&
      (await run('signIn', async () => {
        const user = await core.call('auth.signIn', { username, password });
        return `signed in as ${user.username} (${user.role})`;
      }));
    if (ready) {
      const session = requireSession(core.state);
      await run('pageAuth', async () => {
        report.pageAuth = await verifyWithWriteLock(session);
        return describePageAuth(report.pageAuth);
      });
      await run('integrity', () => checkIntegrity(session));
      await run('pragmas', () => checkPragmas(session));
      await run('audit', async () =>
        checkAudit(session, await anchorCheckFor(core.state), core.state.vault.keyring().auditAnchor?.count ?? null),
      );
      await run('accounts', async () => {
        const rows = await usersRepo.all(session.db);
        report.users = countUsers(rows);
        return checkAccounts(found!, rows, report.users);
      });
      await run('sealed', async () => checkSealed(found!, session, await usersRepo.all(session.db)));
    }
  } finally {
    // Locking writes one audit entry; on a damaged database that can fail too, after
    // the key was already dropped. The checks above have reported the damage.
    await core.close().catch(() => undefined);
  }
  for (const id of DOCTOR_CHECKS) {
    if (!report.checks.some((c) => c.id === id))
      report.checks.push({ id, status: 'skipped', detail: 'not checked: the vault could not be opened' });
  }
  report.ok = report.checks.every((c) => c.status === 'ok');
  return report;
}

function describeFailure(e: unknown): Pick<DoctorCheck, 'detail' | 'code' | 'retryAfterMs'> {
  if (e instanceof CheckFailed) return { detail: e.message };
  if (e instanceof AppError)
    return { detail: e.message, code: e.code, ...(e.retryAfterMs !== undefined ? { retryAfterMs: e.retryAfterMs } : {}) };
  if (isDamageError(e)) return { detail: `the database is damaged (${(e as Error).message})`, code: 'DATABASE_DAMAGED' };
  return { detail: `unexpected error: ${(e as Error)?.message ?? String(e)}`, code: 'INTERNAL' };
}

/** A database whose keyring is gone is not "no vault": it is a vault nobody can open. */
function readKeyringBesideDatabase(core: Core): Keyring {
  const vault = core.state.vault;
  if (!vault.exists() && existsSync(vault.paths.db))
    throw new AppError('KEYRING_DAMAGED', 'keyring.json is missing beside an existing database');
  return vault.keyring();
}

/** The schema already parsed; this looks at what a schema cannot: how the slots relate. */
function checkKeyring(keyring: Keyring): string {
  const users = keyring.slots.filter((s) => s.kind === 'user');
  const recovery = keyring.slots.filter((s) => s.kind === 'recovery');
  const problems: string[] = [];
  if (recovery.length !== 1) problems.push(`${recovery.length} recovery-key slots (expected 1)`);
  if (users.length === 0) problems.push('no staff slots');
  if (users.some((s) => !s.userId || !s.lookup)) problems.push('a staff slot without its account id or look-up');
  if (recovery.some((s) => s.userId || s.lookup)) problems.push('a recovery-key slot tied to an account');
  if (hasDuplicates(keyring.slots.map((s) => s.id))) problems.push('duplicate slot ids');
  if (hasDuplicates(users.map((s) => s.userId))) problems.push('two slots for one account');
  if (hasDuplicates(users.map((s) => s.lookup))) problems.push('two slots for one username');
  if (problems.length) throw new CheckFailed(`keyring.json is inconsistent: ${problems.join('; ')}`);
  return `${users.length} staff slot${users.length === 1 ? '' : 's'} and 1 recovery-key slot`;
}

function hasDuplicates(values: unknown[]): boolean {
  return new Set(values).size !== values.length;
}

/**
 * The write lock keeps any other process (the app left open) from appending to the log
 * or checkpointing while the files are read; nothing is written and it is rolled back.
 */
async function verifyWithWriteLock(session: Session): Promise<PageAuthResult> {
  session.sqlite.exec('BEGIN IMMEDIATE');
  try {
    return await session.withDataKey((dek) => verifyPages(session.sqlite.name, dek));
  } finally {
    session.sqlite.exec('ROLLBACK');
  }
}

function describePageAuth(r: PageAuthResult): string {
  const walFrames = r.wal ? `, ${r.wal.frames} log frame${r.wal.frames === 1 ? '' : 's'}` : '';
  if (pageAuthOk(r)) return `${r.pages} pages${walFrames}: all authentic`;
  const problems: string[] = [];
  if (r.badPages.length) problems.push(`pages failing authentication: ${listSome(r.badPages)}`);
  if (r.wal && !r.wal.headerOk) problems.push('the write-ahead log header is damaged');
  if (r.wal?.badFrames.length) problems.push(`write-ahead log frames damaged: ${listSome(r.wal.badFrames)}`);
  throw new CheckFailed(`${problems.join('; ')} (of ${r.pages} pages${walFrames})`);
}

function listSome(ns: number[], max = 10): string {
  return ns.length <= max ? ns.join(', ') : `${ns.slice(0, max).join(', ')} and ${ns.length - max} more`;
}

function checkIntegrity(session: Session): string {
  const rows = session.sqlite.pragma('integrity_check') as { integrity_check: string }[];
  const messages = rows.map((r) => r.integrity_check);
  if (messages.length === 1 && messages[0] === 'ok') return 'ok';
  throw new CheckFailed(
    `integrity_check: ${messages.slice(0, 3).join('; ')}${messages.length > 3 ? ` (${messages.length} problems)` : ''}`,
  );
}

function checkPragmas(session: Session): string {
  const actual = readHardening(session.sqlite);
  const settings = Object.entries(REQUIRED_PRAGMAS).map(([name, want]) => ({
    name,
    want: String(want),
    got: String(actual[name as keyof typeof REQUIRED_PRAGMAS]).toLowerCase(),
  }));
  const wrong = settings.filter((s) => s.got !== s.want);
  if (wrong.length) throw new CheckFailed(wrong.map((s) => `${s.name}=${s.got} (expected ${s.want})`).join(', '));
  return settings.map((s) => `${s.name}=${s.got}`).join(' ');
}

/** Read-only on purpose: the audit.verify channel would append an entry of its own. */
async function checkAudit(session: Session, anchor: ChainProblem[], anchoredCount: number | null): Promise<string> {
  const chain = await verifyAudit(session.db);
  const checked = chain.checked;
  const problems = [...chain.problems, ...anchor];
  const anchored = anchoredCount === null ? ', no anchor in keyring.json yet' : `, anchored at ${anchoredCount} in keyring.json`;
  if (problems.length === 0) return `${checked} entries, chain intact${anchored}`;
  throw new CheckFailed(
    `${problems.length} problem(s) in ${checked} entries: ${problems
      .slice(0, 5)
      .map((p) => `#${p.seq} ${p.kind}`)
      .join(', ')}`,
  );
}

/**
 * Sealed categories: exactly the entitled active slots and the recovery slot hold each
 * category wrap (as found before sign-in), and every sealed row opens with the key
 * when the signed-in account is entitled. The transition from keyring version 1 is
 * reported, not failed: it ends as accounts sign in and the recovery key is next used.
 */
const SEALED_CHECKS: Record<SealedCategory, { check: (db: AppDb, key: Buffer | null) => Promise<SealedCheck>; rows: string }> = {
  documents: { check: checkSealedDocuments, rows: 'document(s)' },
  // Every session with notes must have a sealed blob the counselling-notes key opens.
  counselling_notes: { check: checkSealedNotes, rows: 'counselling note(s) and draft(s)' },
};

async function checkSealed(keyring: Keyring, session: Session, rows: UserRow[]): Promise<string> {
  const problems = wrapProblems(keyring, rows);
  const facts = [`keyring version ${keyring.version}`];
  for (const c of SEALED_CATEGORY_IDS) {
    const { check, rows: noun } = SEALED_CHECKS[c];
    const held = session.heldCategories().includes(c);
    const r = held ? await session.withCategoryKey(c, (key) => check(session.db, key)) : await check(session.db, null);
    if (r.failed.length) problems.push(`${r.failed.length} sealed ${noun} do not open with the ${c} key`);
    if (held && r.plain) problems.push(`${r.plain} ${noun} still in the clear`);
    facts.push(`${r.sealed} sealed ${noun}${held ? ', all open' : ' (not opened: this account is not entitled)'}`);
  }
  if (problems.length) throw new CheckFailed(problems.join('; '));
  const t = keyTransition(keyring, rows);
  if (t.pendingAccounts.length) facts.push(`${t.pendingAccounts.length} account(s) not yet upgraded (first sign-in pending)`);
  if (t.recoveryPending) facts.push('recovery slot not yet upgraded (enter the recovery key once)');
  if (t.openWithDataKey.length) facts.push(`transition: ${t.openWithDataKey.join(', ')} still open with the data key`);
  return facts.join('; ');
}

function countUsers(rows: UserRow[]): UserCounts {
  const byRole = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
  for (const r of rows) if (!r.disabled_at && r.role in byRole) byRole[r.role as Role]++;
  const disabled = rows.filter((r) => r.disabled_at).length;
  return { total: rows.length, active: rows.length - disabled, disabled, byRole };
}

/**
 * Keyring and staff table must agree: a slot left for a disabled or unknown account
 * still opens the vault, and an active account without a slot cannot sign in.
 */
function checkAccounts(keyring: Keyring, rows: UserRow[], counts: UserCounts): string {
  const slots = keyring.slots.filter((s) => s.kind === 'user');
  const byId = new Map(rows.map((r) => [r.id, r]));
  const problems: string[] = [];
  // An account's slot is written before its row (accounts are created whole): a slot
  // without an account is one whose creation was interrupted. It opens nothing (sign-in
  // needs the row) and the sign-in doctor just made removed it, so it is a note, not a fault.
  const orphan = slots.filter((s) => !byId.has(s.userId!)).length;
  const disabled = slots.filter((s) => byId.get(s.userId!)?.disabled_at).length;
  if (disabled) problems.push(`${disabled} disabled account(s) still have a slot (their password still opens the vault)`);
  const mismatched = slots.filter((s) => {
    const row = byId.get(s.userId!);
    return row && s.lookup !== usernameLookup(keyring, row.username);
  }).length;
  if (mismatched) problems.push(`${mismatched} slot(s) whose username does not match the account`);
  const withSlot = new Set(slots.map((s) => s.userId));
  const missing = rows.filter((r) => !r.disabled_at && !withSlot.has(r.id)).length;
  if (missing) problems.push(`${missing} active account(s) without a slot (cannot sign in; reset the password)`);
  if (counts.byRole.manager === 0) problems.push('no active shelter manager');
  if (problems.length) throw new CheckFailed(problems.join('; '));
  const roles = ROLES.filter((r) => counts.byRole[r] > 0).map((r) => `${counts.byRole[r]} ${r}`);
  const note = orphan ? `; ${orphan} slot(s) of an interrupted account creation removed` : '';
  return `${counts.active} active (${roles.join(', ')}), ${counts.disabled} disabled${note}`;
}
