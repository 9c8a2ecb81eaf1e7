import type { Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { CoreHost } from '../../electron/core/host/core-host';
import { grantedToken } from '../../electron/core/grants/granted';
import { seedVault, SEED_MANAGER, type SeedValues } from '../host/seed';
import { WORKER_SEED } from '../host/test-host';
import { expect, test } from '../support/host-fixture';
import { expectSignInScreen, expectSignedInAs, invokeFromPage, openFromNav, signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';

/*
 * The scheduled-backup folder is this computer's USB stick, not part of the data: a restore
 * of this vault keeps it; a restore of another vault says on the Backups page that it must
 * be chosen again.
 */
const PASSPHRASE = 'Seven-hills-of-Kigali 2041';
const VERSION = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
const OTHER: SeedValues = {
  organisationName: 'Other Shelter',
  siteCode: 'OTH',
  fullName: 'Other Manager',
  username: 'othermgr',
  password: 'Other-shelter-pass-5!',
};

function tempFolder(name: string): string {
  return mkdtempSync(join(tmpdir(), `amizero-e2e-${name}-`));
}

async function backupFromAnotherVault(into: string): Promise<string> {
  const dataDir = tempFolder('other-vault');
  const core = new CoreHost({ dataDir, version: VERSION, extensions: [WORKER_SEED] });
  try {
    await seedVault(core, OTHER);
    await core.call('auth.signIn', { username: OTHER.username, password: OTHER.password });
    return (await core.call('backup.create', { folderToken: await grantedToken(core, 'backupFolder', into), passphrase: PASSPHRASE })).path;
  } finally {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function openScheduleTab(page: Page): Promise<void> {
  await openFromNav(page, 'Backups');
  await page.getByRole('tab', { name: 'Scheduled backups' }).click();
}

test('the scheduled-backup folder survives a restore of this vault; another vault is told to choose it again', async ({ page, host }) => {
  test.setTimeout(120_000);
  const shot = screenshotter(page, 'backup-schedule-restore');
  const usb = tempFolder('usb');
  const out = tempFolder('manual');
  try {
    await seedVault(host.core);
    await page.goto(host.url);
    await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);

    // A backup made before any schedule existed: the data it holds has no folder.
    const made = (await invokeFromPage(page, 'backup.create', {
      folderToken: await grantedToken(host.core, 'backupFolder', out),
      passphrase: PASSPHRASE,
    })) as { ok: true; data: { path: string } };
    const file = made.data.path;

    await openScheduleTab(page);
    await page.getByRole('switch', { name: 'Make backups automatically' }).check();
    host.dialogs.answer({ kind: 'backupFolder', path: usb });
    await page.getByRole('button', { name: 'Choose… Folder for scheduled backups' }).click();
    await page.getByRole('radio', { name: 'Head office keys' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('textbox', { name: 'Backup passphrase' }).fill(PASSPHRASE);
    await page.getByRole('textbox', { name: 'Your password' }).fill(SEED_MANAGER.password);
    await page.getByRole('button', { name: 'Save schedule' }).click();
    await expect(page.getByText('Schedule saved.')).toBeVisible();
    // The schedule is due at once: let its first run finish before the restore (one operation at a time).
    await expect
      .poll(
        async () => ((await invokeFromPage(page, 'backup.status', {})) as { data: { lastScheduledRun: unknown } }).data.lastScheduledRun,
        {
          timeout: 60_000,
        },
      )
      .not.toBeNull();

    // Restore that backup through the page.
    await openFromNav(page, 'Backups');
    await page.getByRole('tab', { name: 'Restore from a backup' }).click();
    host.dialogs.answer({ kind: 'backupFile', path: file });
    await page.getByRole('button', { name: /^Choose(…| another…) Backup file$/ }).click();
    await expect(page.getByTestId('chosen-backupFile')).toContainText(basename(file));
    await page.getByRole('textbox', { name: 'Backup passphrase', exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Show what the backup contains' }).click();
    await expect(page.getByTestId('backup-summary')).toBeVisible({ timeout: 30_000 });
    await page.getByRole('textbox', { name: 'To confirm, type RESTORE' }).fill('RESTORE');
    await page.getByRole('textbox', { name: 'Username in the backup' }).fill(SEED_MANAGER.username);
    await page.getByRole('textbox', { name: 'Password in the backup' }).fill(SEED_MANAGER.password);
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await expectSignInScreen(page);

    await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
    await expectSignedInAs(page, SEED_MANAGER.fullName);
    await openScheduleTab(page);
    await expect(page.getByTestId('chosen-backupFolder')).toContainText(basename(usb));
    await expect(page.locator('section[aria-labelledby="backup-schedule-title"]').getByText('Nothing chosen yet')).toHaveCount(0);
    await expect(page.getByRole('switch', { name: 'Make backups automatically' })).toBeChecked();
    await expect(page.getByRole('alert').filter({ hasText: 'Choose the folder for scheduled backups again' })).toHaveCount(0);
    await shot('kept-after-restore');

    // Another vault's backup replaces this one: its data has no folder here, and the page says so.
    const foreign = await backupFromAnotherVault(out);
    await invokeFromPage(page, 'backup.restore', {
      sourceToken: await grantedToken(host.core, 'backupFile', foreign),
      passphrase: PASSPHRASE,
      trust: { method: 'account', username: OTHER.username, password: OTHER.password },
      confirmOtherVault: true,
    });
    await expectSignInScreen(page);
    await signIn(page, OTHER.username, OTHER.password);
    await expectSignedInAs(page, OTHER.fullName);
    await openScheduleTab(page);
    const again = page.getByRole('alert').filter({ hasText: 'Choose the folder for scheduled backups again' });
    await expect(again).toBeVisible();
    await shot('choose-folder-again');
  } finally {
    rmSync(usb, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
});
