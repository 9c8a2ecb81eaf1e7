import type { Page } from '@playwright/test';
import { seedVault, SEED_MANAGER } from '../host/seed';
import type { TestHost } from '../host/test-host';
import { seriousFindings } from '../support/axe-check';
import { chooseLanguage, goToRoute as go } from '../support/route-walk';
import { addCounsellorAndStaff, COUNSELLOR } from '../support/file-staff';
import { expect, test } from '../support/host-fixture';
import { seedResidents } from '../support/residents-seed';
import { signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';

/*
 * The accessibility check over every route the social worker and the reporting role can
 * reach (the manager's and counsellor's sweep is in languages.spec.ts): the routes are
 * read from the role's own navigation, plus a resident's file where the role may open one
 * and the password page, in English and once more in French and Kinyarwanda.
 */
const SOCIAL = { fullName: 'Social Worker One', username: 'social1' };
const REPORTING = { fullName: 'Reporting One', username: 'report1' };
const OWN_PASSWORD = 'Own-pass-of-staff-2041!';

async function seeded(host: TestHost): Promise<void> {
  await seedVault(host.core);
  await seedResidents(host.core, SEED_MANAGER, 3);
  await addCounsellorAndStaff(host.core, [
    { ...SOCIAL, role: 'social_worker' },
    { ...REPORTING, role: 'reporting' },
  ]);
  const core = host.core;
  await core.call('auth.signIn', { username: SEED_MANAGER.username, password: SEED_MANAGER.password });
  const social = (await core.call('users.list', {})).find((u) => u.username === SOCIAL.username)!;
  for (const r of (await core.call('residents.search', { query: '', limit: 200 })).items)
    await core.call('residents.care.update', { residentId: r.id, socialWorkerId: social.id });
  await core.call('auth.lock', { reason: 'manual' });
  for (const u of [SOCIAL, REPORTING]) {
    await core.call('auth.signIn', { username: u.username, password: COUNSELLOR.temporary });
    await core.call('auth.changePassword', { currentPassword: COUNSELLOR.temporary, newPassword: OWN_PASSWORD });
    await core.call('auth.lock', { reason: 'manual' });
  }
}

/** Every route this role's navigation offers, a resident's file if it may open one, and the password page. */
async function reachable(page: Page): Promise<string[]> {
  const links = page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const routes = hrefs.map((h) => h.replace(/^#\//, ''));
  const found = (await page.evaluate(async () => {
    const bridge = (window as unknown as { amizero: { invoke: (c: string, i: unknown) => Promise<unknown> } }).amizero;
    return bridge.invoke('residents.search', { query: '' });
  })) as { ok: boolean; data?: { items: { id: string }[] } };
  if (found.ok && found.data!.items[0]) routes.push(`residents/${found.data!.items[0].id}`);
  return [...routes, 'account/password'];
}

test('every route the social worker and the reporting role reach passes the accessibility check', async ({ page, host }) => {
  test.setTimeout(300_000);
  await seeded(host);
  await page.goto(host.url);
  for (const [account, expected] of [
    [SOCIAL, ['visits', 'residents']],
    [REPORTING, ['reports']],
  ] as const) {
    await signIn(page, account.username, OWN_PASSWORD);
    const routes = await reachable(page);
    for (const r of expected) expect(routes, account.username).toContain(r);
    const shot = screenshotter(page, `a11y-${account.username}`);
    for (const locale of ['en', 'fr', 'rw'] as const) {
      await chooseLanguage(page, locale);
      // Every route in English; French and Kinyarwanda (longer words, other labels) on Home and the first page.
      for (const route of locale === 'en' ? routes : routes.slice(0, 2)) {
        await go(page, route);
        expect(await seriousFindings(page), `${account.username} ${locale} #/${route}`).toEqual([]);
        if (locale === 'en') await shot(route === '' ? 'home' : route.replace(/\//g, '-').replace(/-[0-9a-f-]{20,}$/, '-file'));
      }
    }
    await chooseLanguage(page, 'en');
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
  }
});
