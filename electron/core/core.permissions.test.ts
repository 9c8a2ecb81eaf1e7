import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, contract, permissionMatrix, type ChannelName } from '../../shared/contract';
import { ROLES, type Role } from '../../shared/roles';
import type { Core } from './core';
import { openCore, setupVault, signIn, TempDirs, TestClock, useVaultTemplate, type Account } from './testing/vault-fixture';
import { GLOBAL_WINDOW_MS } from './vault/throttle';

/**
 * Every channel × every role, plus signed out, straight from the contract: a channel
 * added tomorrow is covered without touching this file. Core checks access before it
 * validates input, so a VALIDATION or NOT_FOUND answer proves the check let the call through.
 */
const suite = useVaultTemplate({ staff: ['counsellor', 'social_worker', 'reporting'], ownPasswords: true });

const STRONG = 'Matrix-Probe-Lantern-83';
/** Valid-looking inputs that reach the handler without lasting effects; others get `{}`. */
const SAMPLE_INPUT: Partial<Record<ChannelName, unknown>> = {
  'auth.signIn': { username: 'nobody.here', password: STRONG },
  'auth.lock': { reason: 'manual' },
  'auth.recover': { recoveryKey: 'AAAA-BBBB-CCCC', username: 'manager.one', newPassword: STRONG },
  'auth.changePassword': { currentPassword: 'Not-My-Current-Pass-19', newPassword: STRONG },
  'setup.complete': {
    organisationName: 'Second Shelter',
    siteCode: 'HUY',
    manager: { fullName: 'Another Manager', username: 'manager.two', password: STRONG },
    recoveryConfirmation: ['AAAA', 'BBBB'],
  },
  'users.create': { fullName: 'Matrix Probe', username: 'matrix.probe', role: 'counsellor', password: 'weak' },
  'users.update': { id: 'no-such-user', fullName: 'Nobody At All' },
  'users.disable': { id: 'no-such-user' },
  'users.enable': { id: 'no-such-user', password: STRONG },
  'users.resetPassword': { id: 'no-such-user', password: STRONG },
  'settings.update': {},
  'audit.list': { limit: 5 },
  'drafts.save': { formKey: 'matrix.probe', data: { field: 'value' } },
  'drafts.get': { formKey: 'matrix.probe' },
  'drafts.discard': { formKey: 'matrix.probe' },
  'residents.get': { id: 'no-such-resident' },
  'residents.update': { id: 'no-such-resident', identity: { givenNames: 'Matrix' } },
  'residents.search': { query: 'matrix' },
  'residents.possibleDuplicates': { givenNames: 'Matrix', familyName: 'Probe' },
};

const REFUSALS = ['PERMISSION_DENIED', 'NOT_SIGNED_IN'];

function mayCall(channel: ChannelName, role: Role | null): boolean {
  const access = permissionMatrix[channel];
  if (access === 'public') return true;
  return role !== null && access.includes(role);
}

let core: Core;
const clock = new TestClock();

beforeAll(() => {
  core = openCore(suite.fresh('matrix'), { now: clock.now });
});
afterAll(() => core.close());

function accountFor(role: Role): Account {
  return role === 'manager' ? suite.template.manager : suite.template.staff[role]!;
}

async function call(channel: ChannelName) {
  return core.dispatch(channel, SAMPLE_INPUT[channel] ?? {});
}

describe.each(ROLES)('signed in as %s', (role) => {
  // A channel such as auth.lock ends the session; the next test signs in again.
  beforeEach(async () => {
    if (core.state.session?.user.role !== role) {
      // The matrix's own refused sign-ins (wrong names, keys) add up across roles: past
      // the global throttle's window they no longer hold up the real one.
      clock.advance(GLOBAL_WINDOW_MS);
      await signIn(core, accountFor(role));
    }
  });

  it.each(CHANNEL_NAMES)('%s', async (channel) => {
    const r = await call(channel);
    if (mayCall(channel, role)) {
      expect(r.ok || !REFUSALS.includes(r.error.code), `${role} may call ${channel}: ${JSON.stringify(r)}`).toBe(true);
    } else {
      expect(r.ok ? 'allowed' : r.error.code).toBe('PERMISSION_DENIED');
    }
  });
});

describe('signed out', () => {
  beforeAll(() => core.lock('manual'));

  it.each(CHANNEL_NAMES)('%s', async (channel) => {
    const r = await call(channel);
    if (mayCall(channel, null)) {
      expect(r.ok || !REFUSALS.includes(r.error.code), `public ${channel}: ${JSON.stringify(r)}`).toBe(true);
    } else {
      expect(r.ok ? 'allowed' : r.error.code).toBe('NOT_SIGNED_IN');
    }
    expect(core.state.session).toBeNull();
  });
});

describe('order of checks', () => {
  it('refuses before it validates: garbage input to a forbidden channel is still PERMISSION_DENIED', async () => {
    await signIn(core, accountFor('reporting'));
    const forbidden = CHANNEL_NAMES.filter((c) => !mayCall(c, 'reporting'));
    expect(forbidden.length).toBeGreaterThan(0);
    for (const c of forbidden) {
      const r = await core.dispatch(c, { unexpected: { deeply: ['wrong'] } });
      expect(r.ok ? 'allowed' : r.error.code, c).toBe('PERMISSION_DENIED');
    }
    await core.lock('manual');
    const r = await core.dispatch('users.list', 42);
    expect(r.ok ? 'allowed' : r.error.code).toBe('NOT_SIGNED_IN');
  });

  it('answers an unknown channel with UNKNOWN_CHANNEL, including object built-ins', async () => {
    for (const name of ['users.drop', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 42, null]) {
      const r = await core.dispatch(name, {});
      expect(r.ok ? 'allowed' : r.error.code, String(name)).toBe('UNKNOWN_CHANNEL');
    }
  });
});

describe('temporary passwords', () => {
  const tempDirs = new TempDirs();
  afterAll(() => tempDirs.cleanup());
  it('a user holding a temporary password may call only the channels marked beforePasswordChange', async () => {
    const tempSuite = await setupVault(tempDirs.make('temp-password'), { staff: ['counsellor'] });
    const core = tempSuite.core;
    await core.call('auth.lock', { reason: 'manual' });
    const counsellor = tempSuite.template.staff.counsellor!;
    await core.call('auth.signIn', { username: counsellor.username, password: counsellor.password });
    for (const channel of CHANNEL_NAMES) {
      const def = contract[channel];
      if (def.access === 'public' || !def.access.includes('counsellor') || channel === 'auth.lock' || channel === 'auth.changePassword')
        continue;
      const r = await core.dispatch(channel, {});
      const refused = !r.ok && r.error.code === 'PASSWORD_CHANGE_REQUIRED';
      expect(refused, channel).toBe(!def.beforePasswordChange);
    }
    await core.close();
  });
});
