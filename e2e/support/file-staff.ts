import { expect, type Page } from '@playwright/test';
import { SEED_MANAGER } from '../host/seed';
import type { TestHost } from '../host/test-host';
import type { Role } from '../../shared/roles';
import { invokeFromPage } from './screens';

/** A counsellor account the resident-file specs sign in as, once her own password is chosen. */
export const COUNSELLOR = {
  fullName: 'Counsellor One',
  username: 'counsellor1',
  temporary: 'Temporary-pass-2041!',
  password: 'Counsellor-own-pass-77!',
};

/**
 * Adds the counsellor (assigned to every resident already there, unless told not to) and
 * any other staff through core as the seeded manager. The
 * counsellor's first sign-in asks for her own password; that is done here too, so a spec
 * starts at the screen it is about.
 */
export async function addCounsellorAndStaff(
  core: TestHost['core'],
  others: { fullName: string; username: string; role: Role }[] = [],
  { assignToAll = true }: { assignToAll?: boolean } = {},
): Promise<void> {
  await core.call('auth.signIn', { username: SEED_MANAGER.username, password: SEED_MANAGER.password });
  const counsellor = await core.call('users.create', {
    fullName: COUNSELLOR.fullName,
    username: COUNSELLOR.username,
    role: 'counsellor',
    password: COUNSELLOR.temporary,
  });
  // These specs are about what her role may do with her own residents (need-to-know has its own spec).
  if (assignToAll) {
    for (const r of (await core.call('residents.search', { query: '', limit: 200 })).items) {
      await core.call('residents.care.update', { residentId: r.id, counsellorId: counsellor.id });
    }
  }
  for (const o of others) await core.call('users.create', { ...o, password: COUNSELLOR.temporary });
  await core.call('auth.lock', { reason: 'manual' });
  await core.call('auth.signIn', { username: COUNSELLOR.username, password: COUNSELLOR.temporary });
  await core.call('auth.changePassword', { currentPassword: COUNSELLOR.temporary, newPassword: COUNSELLOR.password });
  await core.call('auth.lock', { reason: 'manual' });
}

/** The id of the first resident a name search finds, asked through the page's own bridge. */
export async function residentIdByName(page: Page, name: string): Promise<string> {
  const r = (await invokeFromPage(page, 'residents.search', { query: name })) as {
    ok: boolean;
    data: { items: { id: string }[] };
  };
  expect(r.ok).toBe(true);
  return r.data.items[0]!.id;
}
