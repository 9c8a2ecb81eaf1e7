import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedResidents } from '../support/residents-seed';
import { expectSignedInAs, expectSignInScreen, invokeFromPage, openFromNav, signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';
import { grantedToken } from '../../electron/core/grants/granted';
import { shelterToday } from '../support/dates';

/*
 * A resident's erasure through the UI against the real core: the confirmation says what
 * will be lost, the recovery key approves it, and restoring a backup made before the
 * erasure does not bring her back. The Retention page lists a closed case past its period
 * and pseudonymises it in one step.
 */
const PASSPHRASE = 'Nyungwe-canopy-walk 2038';
const TODAY = shelterToday();
const HER = { givenNames: 'Ineza', familyName: 'Erasable' };
const OLD = { givenNames: 'Umutesi', familyName: 'Oldcase' };

test('erase a resident, then restore an older backup: she stays erased; retention review and pseudonymise', async ({ page, host }) => {
  const shot = screenshotter(page, 'erasure');
  const problems = await collectPageProblems(page);
  const usb = mkdtempSync(join(tmpdir(), 'amizero-e2e-erase-usb-'));
  const recoveryKey = await seedVault(host.core);
  await seedResidents(host.core, SEED_MANAGER, 2);
  await host.core.call('auth.signIn', { username: SEED_MANAGER.username, password: SEED_MANAGER.password });
  const her = await host.core.call('residents.admit', { identity: { ...HER, estimatedAgeYears: 21 }, admittedOn: TODAY });
  await host.core.call('residents.discharge', { residentId: her.id, dischargedOn: TODAY, destination: 'family' });
  const old = await host.core.call('residents.admit', { identity: { ...OLD, estimatedAgeYears: 30 }, admittedOn: '2024-01-10' });
  await host.core.call('residents.discharge', { residentId: old.id, dischargedOn: '2024-03-01', destination: 'independent' });
  await host.core.call('retention.save', { defaultMonths: 60, byCategory: { discharged: 12 } });
  await host.core.call('backup.create', { folderToken: await grantedToken(host.core, 'backupFolder', usb), passphrase: PASSPHRASE });
  await host.core.call('auth.lock', { reason: 'manual' });
  const backupPath = join(
    usb,
    readdirSync(usb).find((f) => f.endsWith('.age'))!,
  );

  try {
    await page.goto(host.url);
    await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
    await expectSignedInAs(page, SEED_MANAGER.fullName);

    await test.step('retention: the closed case past its period is listed; pseudonymise says what goes', async () => {
      await openFromNav(page, 'Retention', 'How long closed cases are kept');
      const row = page.getByRole('row').filter({ hasText: old.code });
      await expect(row).toContainText('Discharged without reintegration');
      await expect(page.getByRole('row').filter({ hasText: her.code })).toHaveCount(0);
      await shot('retention-review');
      await page.getByRole('textbox', { name: /All other closed cases/ }).fill('0');
      await page.getByRole('button', { name: 'Save retention periods' }).click();
      await expect(page.getByText('A retention period of zero months would remove cases at once.')).toBeVisible();
      await shot('retention-zero-refused');
      await page.getByRole('textbox', { name: /All other closed cases/ }).fill('60');
      await row.getByRole('button', { name: `Pseudonymise… ${old.code}` }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toContainText('Her code, sex, age band, district and case history stay');
      await shot('pseudonymise-confirm');
      await dialog.getByRole('button', { name: 'Pseudonymise' }).click();
      await expect(page.getByRole('row').filter({ hasText: old.code })).toContainText('Pseudonymised');
      await shot('retention-after-pseudonymise');
    });

    await test.step('erase: what will be lost, recovery key, her code typed back', async () => {
      await page.evaluate((hash) => (window.location.hash = hash), `#/residents/${her.id}`);
      await expect(page.getByRole('heading', { level: 2, name: `${HER.givenNames} ${HER.familyName}` })).toBeVisible();
      await page.getByRole('button', { name: 'Erase her data…' }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toContainText('This will be lost:');
      await expect(dialog).toContainText('Stays: 1');
      await expect(dialog).toContainText('Backups made before today still hold her data');
      await shot('erase-confirm');
      await dialog.getByText('The recovery key', { exact: true }).click();
      await dialog.getByRole('textbox', { name: 'Recovery key' }).fill(recoveryKey);
      await dialog.getByRole('button', { name: 'Erase for good' }).click();
      await expect(dialog.getByText('Type the code exactly as shown.')).toBeVisible();
      await shot('erase-code-missing');
      await dialog.getByRole('textbox', { name: new RegExp(`Type her code`) }).fill(her.code);
      await dialog.getByRole('button', { name: 'Erase for good' }).click();
      await expect(page.getByText(/Her data was erased\./)).toBeVisible();
      await shot('erase-done');
      const found = (await invokeFromPage(page, 'residents.search', { query: HER.familyName })) as { data: { items: unknown[] } };
      expect(found.data.items).toEqual([]);
      // The message stays until closed (it must be read): close it as she would once read.
      await page.getByRole('button', { name: 'Close the notification' }).first().click();
    });

    await test.step('restore the backup made before: she is not in it any more', async () => {
      await openFromNav(page, 'Backups');
      await page.getByRole('tab', { name: 'Restore from a backup' }).click();
      host.dialogs.answer({ kind: 'backupFile', path: backupPath });
      await page.getByRole('button', { name: /^Choose(…| another…) Backup file$/ }).click();
      await page.getByRole('textbox', { name: 'Backup passphrase', exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Show what the backup contains' }).click();
      await expect(page.getByTestId('backup-summary')).toBeVisible();
      await page.getByRole('textbox', { name: 'To confirm, type RESTORE' }).fill('RESTORE');
      await page.getByRole('textbox', { name: 'Username in the backup' }).fill(SEED_MANAGER.username);
      await page.getByRole('textbox', { name: 'Password in the backup' }).fill(SEED_MANAGER.password);
      await page.getByRole('button', { name: 'Restore this backup' }).click();
      await expectSignInScreen(page);
      await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
      await expectSignedInAs(page, SEED_MANAGER.fullName);
      const found = (await invokeFromPage(page, 'residents.search', { query: HER.familyName })) as { data: { items: unknown[] } };
      expect(found.data.items).toEqual([]);
      await openFromNav(page, 'Residents');
      await page.getByRole('searchbox').first().fill(HER.familyName);
      await shot('after-restore-search');
    });
    expect(problems.errors).toEqual([]);
  } finally {
    rmSync(usb, { recursive: true, force: true });
  }
});
