import type { Page } from '@playwright/test';
import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedResidents } from '../support/residents-seed';
import { addCounsellorAndStaff, COUNSELLOR } from '../support/file-staff';
import { openFromNav, signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';
import { enAccess } from '../../shared/i18n/locales/en-access';
import { enCare as care } from '../../shared/i18n/locales/en-care';
import { isoDaysAgo } from '../support/dates';

/*
 * Need-to-know through the UI against the real core: a counsellor sees her own residents in
 * full and others by code and first name, breaks the glass with a reason to open one, and
 * the manager sees it on Home; a referral out is refused without consent, then allowed once
 * the consent is recorded on the Consent tab the refusal links to.
 */
const MINE = { givenNames: 'Aline', familyName: 'Uwase' };
const OTHER = { givenNames: 'Beata', familyName: 'Mukamana' };

async function lockAndSignIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Lock', exact: true }).click();
  await signIn(page, username, password);
}

test('need-to-know: the counsellor sees her residents, breaks the glass with a reason, the manager sees it; referral refused without consent, then allowed', async ({
  page,
  host,
}) => {
  const shot = screenshotter(page, 'access');
  const problems = await collectPageProblems(page);
  await seedVault(host.core);
  await seedResidents(host.core, SEED_MANAGER, 0, [
    { identity: { ...MINE, phone: '+250 788 111 111' }, admittedOn: isoDaysAgo(20) },
    { identity: { ...OTHER, phone: '+250 788 222 222' }, admittedOn: isoDaysAgo(12) },
  ]);
  await addCounsellorAndStaff(host.core, [], { assignToAll: false });
  // The manager assigns the counsellor to Aline only.
  await host.core.call('auth.signIn', { username: SEED_MANAGER.username, password: SEED_MANAGER.password });
  const people = (await host.core.call('residents.search', { query: '' })).items;
  const mine = people.find((p) => p.displayName.startsWith(MINE.givenNames))!.id;
  const other = people.find((p) => p.displayName.startsWith(OTHER.givenNames))!.id;
  const counsellorId = (await host.core.call('residents.assignableStaff', {})).find((s) => s.role === 'counsellor')!.id;
  await host.core.call('residents.care.update', { residentId: mine, counsellorId });
  await host.core.call('auth.lock', { reason: 'manual' });

  await test.step('the counsellor sees her resident in full and the other by code, first name and room', async () => {
    await page.goto(host.url);
    await signIn(page, COUNSELLOR.username, COUNSELLOR.password);
    await openFromNav(page, 'Residents');
    const grid = page.getByRole('grid', { name: 'Residents' });
    await expect(grid.getByRole('row').filter({ hasText: `${MINE.familyName} ${MINE.givenNames}` })).toBeVisible();
    const row = grid.getByRole('row').filter({ hasText: enAccess.access.restricted });
    await expect(row).toContainText(OTHER.givenNames);
    await expect(row).not.toContainText(OTHER.familyName);
    await expect(row).toContainText('Room 1 · B');
    await shot('counsellor-list');
  });

  await test.step('opening the other file asks her to break the glass; the reason is required', async () => {
    await page.evaluate((hash) => (window.location.hash = hash), `#/residents/${other}`);
    const panel = page.getByRole('region', { name: enAccess.breakGlass.title });
    await expect(panel).toBeVisible();
    await panel.getByRole('button', { name: enAccess.breakGlass.confirm }).click();
    await expect(panel.getByText('Required.').first()).toBeVisible();
    await shot('break-glass-refused');
    await panel.getByRole('combobox', { name: enAccess.breakGlass.reasonLabel }).click();
    await page.getByRole('option', { name: enAccess.breakGlass.reason.risk_to_life }).click();
    await panel
      .getByRole('textbox', { name: enAccess.breakGlass.noteLabel })
      .fill('She fainted at night and the assigned counsellor is away');
    await shot('break-glass-form');
    await panel.getByRole('button', { name: enAccess.breakGlass.confirm }).click();
    await expect(page.getByRole('heading', { level: 2, name: `${OTHER.givenNames} ${OTHER.familyName}` })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'You opened this file by breaking the glass' })).toContainText(
      enAccess.breakGlass.reason.risk_to_life,
    );
    await shot('break-glass-banner');
  });

  await test.step('the manager sees the opening, and who waits for staff, on Home', async () => {
    await lockAndSignIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
    const card = page.getByRole('region', { name: enAccess.breakGlass.homeTitle });
    await expect(card).toContainText(`${COUNSELLOR.fullName} opened`);
    await expect(card).toContainText(enAccess.breakGlass.reason.risk_to_life);
    await expect(card).toContainText('She fainted at night');
    const waiting = page.getByRole('region', { name: enAccess.unassigned.homeTitle });
    await expect(waiting).toContainText(`${OTHER.givenNames} ${OTHER.familyName}`);
    await shot('manager-home');
  });

  await test.step('a referral out is refused without consent and links to the Consent tab', async () => {
    await page.evaluate((hash) => (window.location.hash = hash), `#/residents/${mine}?tab=referral`);
    const panel = page.getByRole('region', { name: 'Referrals out' });
    await panel.getByRole('button', { name: 'Add a referral' }).click();
    const form = page.getByRole('region', { name: 'Refer to another organisation' });
    await form.getByRole('combobox', { name: enAccess.sharing.partnerLabel }).click();
    await page.getByRole('option', { name: 'IOM Rwanda (Kigali)' }).click();
    await form.getByRole('checkbox', { name: enAccess.sharing.category.identity, exact: true }).check();
    await form.getByRole('button', { name: 'Save referral' }).click();
    const refusal = form.getByRole('alert').filter({ hasText: enAccess.sharing.consentMissing });
    await expect(refusal).toBeVisible();
    await shot('referral-refused');
    await refusal.getByRole('button', { name: enAccess.sharing.openConsentTab }).click();
    await expect(page.getByRole('tab', { name: 'Consent', exact: true })).toHaveAttribute('aria-selected', 'true');
  });

  await test.step('the consent names the partner and what may be shared; the referral then goes through', async () => {
    await page.getByRole('button', { name: 'Record a consent' }).click();
    const form = page.getByRole('region', { name: 'Record a consent' });
    await form.getByLabel('Purpose', { exact: true }).click();
    await page.getByRole('option', { name: care.consent.purpose.sharing }).click();
    await form.getByRole('combobox', { name: enAccess.sharing.targetsLabel }).click();
    await page.getByRole('option', { name: 'IOM Rwanda (Kigali)' }).click();
    await page.keyboard.press('Escape');
    await form.getByRole('checkbox', { name: enAccess.sharing.category.identity, exact: true }).check();
    await shot('consent-scope');
    await form.getByRole('button', { name: 'Save consent' }).click();
    await expect(page.getByText('Consent recorded.')).toBeVisible();

    await page.getByRole('tab', { name: 'Referral & admission', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Referrals out' });
    await panel.getByRole('button', { name: 'Add a referral' }).click();
    const referral = page.getByRole('region', { name: 'Refer to another organisation' });
    await referral.getByRole('combobox', { name: enAccess.sharing.partnerLabel }).click();
    await page.getByRole('option', { name: 'IOM Rwanda (Kigali)' }).click();
    await referral.getByRole('checkbox', { name: enAccess.sharing.category.identity, exact: true }).check();
    await referral.getByRole('button', { name: 'Save referral' }).click();
    const list = page.getByRole('table', { name: 'Referrals out of this resident' });
    await expect(list.getByText('IOM Rwanda')).toBeVisible();
    await shot('referral-allowed');
  });

  await test.step('Settings shows the access setting and the table core enforces; the partner directory lists the seeded partners', async () => {
    await openFromNav(page, 'Settings');
    await expect(page.getByRole('combobox', { name: 'Who may open a resident’s file' })).toHaveValue('assigned');
    await expect(page.getByRole('table', { name: enAccess.access.tableTitle })).toContainText(enAccess.access.relation.broken_glass);
    await shot('settings-access');
    await openFromNav(page, 'Partners', enAccess.partners.title);
    await expect(page.getByRole('table', { name: enAccess.partners.title })).toContainText('Isange One Stop Centre Kacyiru');
    await shot('partners');
  });

  expect(problems.errors).toEqual([]);
  expect(problems.cspRefusals).toEqual([]);
});
