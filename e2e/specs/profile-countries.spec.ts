import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedResidents } from '../support/residents-seed';
import { signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';
import { call, firstId, isoDaysAgo, openFile } from '../support/residents-screens';
import { enCare as care } from '../../shared/i18n/locales/en-care';

/*
 * Issue 16: a region button recorded countries nobody chose ("Middle East / Gulf" saved nine),
 * and the chips' × could not be reached by keyboard.
 */
test('trafficking profile: a region narrows the country list and records nothing; chips are removed from the keyboard', async ({
  page,
  host,
}) => {
  const shot = screenshotter(page, 'residents-screens-profile');
  const problems = await collectPageProblems(page);
  await seedVault(host.core);
  await seedResidents(host.core, SEED_MANAGER, 0, [
    { identity: { givenNames: 'Aline', familyName: 'Testimana' }, admittedOn: isoDaysAgo(5) },
  ]);
  await page.goto(host.url);
  await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
  const id = await firstId(page, 'Testimana');
  await openFile(page, id, 'profile', 'Aline Testimana');

  const gulf = page.getByRole('button', { name: care.trafficking.regionPreset.middle_east_gulf });
  const chips = page.getByRole('list', { name: 'Chosen countries of exploitation' });
  const picker = page.getByPlaceholder('Type or pick a country');
  const options = page.getByRole('listbox', { name: care.trafficking.fields.exploitationCountries }).getByRole('option');

  await test.step('"Middle East / Gulf" narrows the list: no country is chosen by it', async () => {
    await gulf.click();
    await expect(gulf).toHaveAttribute('aria-pressed', 'true');
    await expect(chips.getByRole('listitem')).toHaveCount(0);
    await picker.click();
    await expect(options).toHaveCount(9);
    await expect(options.filter({ hasText: 'Kenya' })).toHaveCount(0);
    await shot('region-narrowed');
    await options.filter({ hasText: 'Saudi Arabia' }).click();
    await expect(chips.getByRole('listitem')).toHaveCount(1);
    await expect(chips).toContainText('Saudi Arabia');
  });

  await test.step('every region button narrows, none records', async () => {
    for (const preset of ['east_africa', 'drc', 'domestic_rural_urban'] as const) {
      const button = page.getByRole('button', { name: care.trafficking.regionPreset[preset] });
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await expect(chips.getByRole('listitem')).toHaveCount(1);
    }
    await page.getByRole('button', { name: care.trafficking.regionPreset.domestic_rural_urban }).click();
    await expect(page.getByRole('button', { name: care.trafficking.regionPreset.domestic_rural_urban })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  await test.step("a chip's × is reached with Tab, named, and removes it", async () => {
    await picker.click();
    await options.filter({ hasText: 'Qatar' }).click();
    await expect(chips.getByRole('listitem')).toHaveCount(2);
    await shot('chips');
    await picker.focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const remove = page.getByRole('button', { name: 'Remove Saudi Arabia' });
    await expect(remove).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(chips.getByRole('listitem')).toHaveCount(1);
    await expect(chips).not.toContainText('Saudi Arabia');
    // Focus stays in the chips, on the next one's ×.
    await expect(page.getByRole('button', { name: 'Remove Qatar' })).toBeFocused();
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Trafficking profile saved.')).toBeVisible();
    const saved = await call<{ profile: { exploitationCountries: string[] } }>(page, 'residents.profile.get', { residentId: id });
    expect(saved.profile.exploitationCountries).toEqual(['QA']);
  });
  expect(problems.errors).toEqual([]);
});
