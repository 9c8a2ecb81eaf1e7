import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { Core, type CoreOptions } from '../core';
import type { ChannelName } from '../../../shared/contract';
import type { AppErrorData } from '../../../shared/errors';
import { isAcceptablePassword } from '../../../shared/domain/password';
import type { Role } from '../../../shared/roles';

/**
 * The one way tests get a vault: through the real Core (setup.prepare + setup.complete),
 * with real Argon2id parameters. Setup is slow on purpose, so a suite builds one
 * template vault and copies its folder for every test that needs a fresh one.
 */

export interface Account {
  id: string;
  username: string;
  password: string;
  fullName: string;
  role: Role;
}

export interface VaultTemplate {
  /** A locked vault folder; copy it with freshVault() rather than opening it. */
  dir: string;
  recoveryKey: string;
  organisationName: string;
  manager: Account;
  /** One extra account per requested role (created by the manager, must change password). */
  staff: Partial<Record<Role, Account>>;
}

export interface TemplateOptions {
  organisationName?: string;
  siteCode?: string;
  manager?: Partial<Omit<Account, 'id' | 'role'>>;
  staff?: Role[];
  /**
   * Staff replace the manager's temporary password with their own (Account.password)
   * during the build, as they must before core lets them do anything else. Off: they
   * still hold the temporary password, for tests of that first sign-in.
   */
  ownPasswords?: boolean;
  /**
   * "Who may open a resident's file". New vaults start at need-to-know (`assigned`); suites
   * about what each role may do, whoever holds the case, ask for `all`.
   */
  residentAccess?: 'assigned' | 'all';
  /** Full names for the staff accounts (e.g. canary markers). */
  staffNames?: Partial<Record<Role, string>>;
}

export const MANAGER_PASSWORD = 'Kivu-shore-Lantern-47';
const STAFF_PASSWORDS: Record<Role, string> = {
  manager: 'Second-Harbour-Maple-58',
  counsellor: 'Quiet-Garden-Compass-31',
  social_worker: 'Village-Road-Ember-64',
  reporting: 'Ledger-Window-Cedar-92',
};
for (const p of [MANAGER_PASSWORD, ...Object.values(STAFF_PASSWORDS)]) {
  if (!isAcceptablePassword(p)) throw new Error(`test fixture password rejected by the strength rules: ${p}`);
}

/** A controllable clock for the Core `now` option: tests move time instead of sleeping. */
export class TestClock {
  constructor(public t = Date.now()) {}
  readonly now = (): number => this.t;
  advance(ms: number): void {
    this.t += ms;
  }
}

/** Every Core a test opened, so none is left holding a database open when its folder goes. */
const openCores = new Set<Core>();

/** Temp folders of one suite, all removed together (after the suite's cores are locked). */
export class TempDirs {
  private readonly dirs: string[] = [];
  make(label: string): string {
    const dir = mkdtempSync(join(tmpdir(), `amizero-${label}-`));
    this.dirs.push(dir);
    return dir;
  }
  async cleanup(): Promise<void> {
    for (const core of [...openCores]) await core.close();
    openCores.clear();
    for (const d of this.dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  }
}

export function openCore(dataDir: string, opts: Partial<CoreOptions> = {}): Core {
  // Internal errors go to the test output, where a surprise INTERNAL is easy to trace.
  const core = new Core({ dataDir, ...opts });
  openCores.add(core);
  return core;
}

/** The groups setup asks the user to type back, taken from the shown key. */
export function confirmationFor(recoveryKey: string, groups: number[]): string[] {
  const parts = recoveryKey.split('-');
  return groups.map((g) => parts[g - 1]!);
}

/** Runs first-run setup through core; the returned core is signed in as the manager. */
export async function setupVault(
  dataDir: string,
  opts: TemplateOptions = {},
  coreOpts: Partial<CoreOptions> = {},
): Promise<{ core: Core; template: VaultTemplate }> {
  const core = openCore(dataDir, coreOpts);
  const organisationName = opts.organisationName ?? 'Test Shelter';
  const managerIn = {
    fullName: opts.manager?.fullName ?? 'Shelter Manager One',
    username: opts.manager?.username ?? 'manager.one',
    password: opts.manager?.password ?? MANAGER_PASSWORD,
  };
  const prep = await core.call('setup.prepare', {});
  const me = await core.call('setup.complete', {
    organisationName,
    siteCode: opts.siteCode ?? 'KGL',
    manager: managerIn,
    recoveryConfirmation: confirmationFor(prep.recoveryKey, prep.confirmGroups),
  });
  if (opts.residentAccess) await core.call('settings.update', { residentAccess: opts.residentAccess });
  const staff: Partial<Record<Role, Account>> = {};
  for (const role of opts.staff ?? []) {
    const account = {
      fullName: opts.staffNames?.[role] ?? `Staff ${role.replace('_', ' ')}`,
      username: `${role.replace('_', '.')}.one`,
      password: STAFF_PASSWORDS[role],
      role,
    };
    const temporary = opts.ownPasswords ? `${account.password}-temp` : account.password;
    const created = await core.call('users.create', { ...account, password: temporary });
    staff[role] = { ...account, id: created.id };
  }
  if (opts.ownPasswords) {
    for (const account of Object.values(staff)) {
      await core.call('auth.lock', { reason: 'manual' });
      await core.call('auth.signIn', { username: account.username, password: `${account.password}-temp` });
      await core.call('auth.changePassword', { currentPassword: `${account.password}-temp`, newPassword: account.password });
    }
    await core.call('auth.lock', { reason: 'manual' });
    await core.call('auth.signIn', { username: managerIn.username, password: managerIn.password });
  }
  const template: VaultTemplate = {
    dir: dataDir,
    recoveryKey: prep.recoveryKey,
    organisationName,
    manager: { ...managerIn, id: me.id, role: 'manager' },
    staff,
  };
  return { core, template };
}

/** Builds a locked template vault in a new temp folder. */
export async function buildTemplate(dirs: TempDirs, opts: TemplateOptions = {}): Promise<VaultTemplate> {
  const { core, template } = await setupVault(dirs.make('template'), opts);
  await core.close();
  return template;
}

/** A byte-for-byte copy of a locked vault in its own temp folder: cheap, no Argon2. */
export function copyVault(fromDir: string, dirs: TempDirs, label = 'vault'): string {
  const dir = dirs.make(label);
  cpSync(fromDir, dir, { recursive: true });
  return dir;
}

/**
 * Registers beforeAll/afterAll for a suite sharing one template vault. `fresh()` gives a
 * copy for a test that changes the vault; everything is removed after the suite.
 */
export function useVaultTemplate(opts: TemplateOptions = {}) {
  const dirs = new TempDirs();
  let built: VaultTemplate | undefined;
  const template = (): VaultTemplate => {
    if (!built) throw new Error('the template vault is built in beforeAll');
    return built;
  };
  beforeAll(async () => {
    built = await buildTemplate(dirs, opts);
  });
  afterAll(() => dirs.cleanup());
  return {
    dirs,
    get template(): VaultTemplate {
      return template();
    },
    fresh: (label?: string): string => copyVault(template().dir, dirs, label),
  };
}

export async function signIn(core: Core, account: Pick<Account, 'username' | 'password'>) {
  return core.call('auth.signIn', { username: account.username, password: account.password });
}

/** The error of a call that must fail; a call that succeeds fails the test. */
export async function expectError(core: Core, channel: ChannelName, input: unknown): Promise<AppErrorData> {
  const r = await core.dispatch(channel, input);
  if (r.ok) throw new Error(`${channel} was expected to fail but succeeded`);
  return r.error;
}
