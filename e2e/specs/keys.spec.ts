import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { addCounsellorAndStaff, COUNSELLOR } from '../support/file-staff';
import { openFromNav, signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';

/*
 * Keys (issue 9 items 1 and 2) through the UI against the real core: Home notes a
 * pre-restore copy kept in the data folder; Settings → Rotate keys with its progress and
 * result; disabling a colleague offers a re-key; the section in French and Kinyarwanda.
 */
test('rotate keys from Settings, the re-key offered after disabling a colleague, notes on Home', async ({ page, host }) => {
  const shot = screenshotter(page, 'keys');
  const problems = await collectPageProblems(page);
  await seedVault(host.core);
  await addCounsellorAndStaff(host.core);
  // A copy left by a restore (for undo), as restore makes it: Home must say it is there.
  const previous = join(host.dataDir, `previous-${new Date().toISOString().replace(/[-:]/g, '').replace('.', '')}`);
  mkdirSync(previous);
  for (const f of ['keyring.json', 'amizero.db']) cpSync(join(host.dataDir, f), join(previous, f));

  await test.step('Home tells the manager about the copy kept from a restore', async () => {
    await page.goto(host.url);
    await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
    await expect(page.getByTestId('keys-status')).toContainText('Copies kept from a restore');
    await shot('home-previous-copy');
  });

  await test.step('Settings → Rotate keys, with progress and the result', async () => {
    await openFromNav(page, 'Settings');
    const section = page.getByRole('region', { name: 'Rotate keys' });
    await expect(section).toBeVisible();
    await section.scrollIntoViewIfNeeded();
    await shot('settings-rotate-keys');
    await section.getByRole('combobox', { name: 'Why' }).selectOption('device_lost');
    await section.getByRole('button', { name: 'Rotate keys now' }).click();
    await expect(section.getByRole('status')).toContainText('Keys replaced: 3 key slots updated');
    await shot('settings-rotate-keys-done');
    // Only the live vault and its copy kept by the restore: no staging copy or old vault left behind.
    expect(readdirSync(host.dataDir).filter((n) => n.startsWith('.rekey-'))).toEqual([]);
  });

  await test.step('disabling a colleague offers a re-key (not forced)', async () => {
    await openFromNav(page, 'Staff');
    await page.getByRole('button', { name: `Actions for ${COUNSELLOR.fullName}` }).click();
    await page.getByRole('menuitem', { name: 'Disable account' }).click();
    await shot('disable-dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Disable account' }).click();
    await expect(page.getByRole('dialog', { name: 'Rotate the keys as well?' })).toBeVisible();
    await shot('disable-offers-rekey');
    await page.getByRole('button', { name: 'Rotate keys now' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Rotate keys now' }).click();
    await expect(page.getByRole('dialog').getByRole('status')).toContainText('Keys replaced: 2 key slots updated');
    await shot('disable-rekey-done');
    await page.keyboard.press('Escape');
  });

  await test.step('the section in French and Kinyarwanda', async () => {
    await openFromNav(page, 'Settings');
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('fr');
    await expect(page.getByRole('region', { name: 'Changer les clés' })).toBeVisible();
    await page.getByRole('region', { name: 'Changer les clés' }).scrollIntoViewIfNeeded();
    await shot('settings-rotate-keys-fr');
    await page.getByRole('combobox', { name: 'Langue', exact: true }).selectOption('rw');
    await expect(page.getByRole('region', { name: 'Guhindura imfunguzo' })).toBeVisible();
    await shot('settings-rotate-keys-rw');
  });

  expect(problems.errors).toEqual([]);
  expect(problems.cspRefusals).toEqual([]);
});
