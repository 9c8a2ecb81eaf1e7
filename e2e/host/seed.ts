import type { Core } from '../../electron/core/core';

/** Core in process, or behind the thread host: both answer `call` the same way. */
export type CallsCore = Pick<Core, 'call'>;

export interface SeedValues {
  organisationName: string;
  siteCode: string;
  fullName: string;
  username: string;
  password: string;
}

/** Demo credentials for a throwaway vault: test-only, never used for real data. */
export const SEED_MANAGER: SeedValues = {
  organisationName: 'Demo Shelter',
  siteCode: 'DEMO',
  fullName: 'Manager One',
  username: 'manager1',
  password: 'Demo-shelter-2041!',
};

/**
 * Runs first-run setup through core and signs out again, as a finished setup wizard
 * followed by a lock would. Returns the recovery key.
 */
export async function seedVault(core: CallsCore, values: SeedValues = SEED_MANAGER): Promise<string> {
  const { recoveryKey, confirmGroups } = await core.call('setup.prepare', {});
  const groups = recoveryKey.split('-');
  await core.call('setup.complete', {
    organisationName: values.organisationName,
    siteCode: values.siteCode,
    manager: { fullName: values.fullName, username: values.username, password: values.password },
    recoveryConfirmation: confirmGroups.map((g) => groups[g - 1] ?? ''),
  });
  await core.call('auth.lock', { reason: 'manual' });
  return recoveryKey;
}
