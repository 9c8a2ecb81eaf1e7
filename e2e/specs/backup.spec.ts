import type { Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CoreHost } from '../../electron/core/host/core-host';
import { generateIdentity } from '../../electron/core/backup/age';
import { seedVault, SEED_MANAGER, type SeedValues } from '../host/seed';
import { WORKER_SEED, type TestHost } from '../host/test-host';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedResidents } from '../support/residents-seed';
import { expectSignedInAs, expectSignInScreen, invokeFromPage, openFromNav, signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';
import { grantedToken } from '../../electron/core/grants/granted';
import { shelterToday } from '../support/dates';

/*
 * Backups through the UI against the real core: make one into a (scripted) USB folder,
 * check it, restore it, undo the restore; refusals for a wrong passphrase, a damaged or
 * foreign file; and the first-run restore on a computer with no vault yet.
 */
const PASSPHRASE = 'Seven-hills-of-Kigali 2041';
const GENERATED = 4;
const TODAY = shelterToday();
const ADDED = { givenNames: 'Added', familyName: 'Afterbackup' };
const NEW_PASSWORD = 'Changed-after-backup-77!';
const VERSION = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;

function tempFolder(name: string): string {
  return mkdtempSync(join(tmpdir(), `amizero-e2e-${name}-`));
}

/** A whole other computer's vault, backed up with the passphrase: the file a USB stick would bring. */
async function backupFromAnotherVault(values: SeedValues, residents: number, into: string): Promise<string> {
  const dataDir = tempFolder('other-vault');
  const core = new CoreHost({ dataDir, version: VERSION, extensions: [WORKER_SEED] });
  try {
    await seedVault(core, values);
    await seedResidents(core, values, residents);
    await core.call('auth.signIn', { username: values.username, password: values.password });
    const made = await core.call('backup.create', { folderToken: await grantedToken(core, 'backupFolder', into), passphrase: PASSPHRASE });
    await core.call('auth.lock', { reason: 'manual' });
    return made.path;
  } finally {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function card(page: Page) {
  return page.getByTestId('backup-status-card');
}

async function openBackupTab(page: Page, tab: string): Promise<void> {
  await openFromNav(page, 'Backups');
  await page.getByRole('tab', { name: tab }).click();
}

async function residentsCount(page: Page, count: number): Promise<void> {
  await openFromNav(page, 'Residents');
  await expect(page.getByRole('status').filter({ hasText: `${count} residents` })).toBeVisible();
}

async function chooseBackupFile(page: Page, host: TestHost, path: string): Promise<void> {
  host.dialogs.answer({ kind: 'backupFile', path });
  await page.getByRole('button', { name: /^Choose(…| another…) Backup file$/ }).click();
  await expect(page.getByTestId('chosen-backupFile')).toContainText(path.split('/').pop()!);
}

/** Records, inside the page, whether the progress bar ever appeared and which progress events arrived. */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as {
      __sawProgress: boolean;
      __progressEvents: string[];
      amizero: { on: (e: string, l: (p: { operation: string; phase: string }) => void) => void };
    };
    w.__sawProgress = false;
    w.__progressEvents = [];
    w.amizero.on('backup.progress', (p) => w.__progressEvents.push(`${p.operation}:${p.phase}`));
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="backup-progress"]')) w.__sawProgress = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
}

/** Holds one RPC back for a moment so the progress display can be looked at; the call itself is untouched. */
async function slowDown(page: Page, channel: string, ms: number): Promise<void> {
  await page.route('**/__host/rpc', async (route) => {
    if (route.request().postData()?.includes(`"channel":"${channel}"`)) await new Promise((r) => setTimeout(r, ms));
    await route.continue();
  });
}

test('backup → check → restore (counts shown, old passwords) → undo restore', async ({ page, host }) => {
  const shot = screenshotter(page, 'backup');
  const problems = await collectPageProblems(page);
  const usb = tempFolder('usb');
  await seedVault(host.core);
  await seedResidents(host.core, SEED_MANAGER, GENERATED);
  let backupPath = '';

  try {
    await test.step('home: the backup card is red while there is no checked backup', async () => {
      await page.goto(host.url);
      await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
      await expect(card(page)).toContainText('There is no checked backup yet');
      await expect(card(page)).toHaveAttribute('data-stale', 'true');
      await shot('home-card-no-backup');
    });

    await test.step('back up now: folder from the dialog, passphrase twice, progress, success', async () => {
      await card(page).getByRole('link', { name: 'Open backups' }).click();
      await expect(page.getByRole('heading', { name: 'Backups', exact: true })).toBeVisible();
      await shot('backups-page-empty');
      // Nothing chosen: the form says so instead of sending.
      await page.getByRole('button', { name: 'Back up now' }).click();
      await expect(page.getByText('Required.').first()).toBeVisible();
      await shot('create-missing');

      host.dialogs.answer({ kind: 'backupFolder', path: usb });
      await page.getByRole('button', { name: 'Choose… Backup folder' }).click();
      await expect(page.getByTestId('chosen-backupFolder')).toContainText(usb.split('/').pop()!);
      expect(host.dialogs.asked.at(-1)).toMatchObject({ kind: 'backupFolder', title: 'Choose the folder (or USB stick) for backups' });
      await page.getByRole('textbox', { name: 'Backup passphrase', exact: true }).fill(PASSPHRASE);
      await page.getByRole('textbox', { name: 'Type the passphrase again', exact: true }).fill(PASSPHRASE);
      await expect(page.getByText('Strong enough')).toBeVisible();
      await shot('create-filled');

      await watchProgress(page);
      await slowDown(page, 'backup.create', 1500);
      await page.getByRole('button', { name: 'Back up now' }).click();
      await expect(page.getByTestId('backup-progress')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
      await shot('create-progress');
      await expect(page.getByTestId('backup-made')).toContainText('Backup made, checked and saved: amizero-DEMO-');
      await expect(page.getByTestId('backup-status')).toHaveAttribute('data-stale', 'false');
      await page.unrouteAll();
      expect(await page.evaluate(() => (window as unknown as { __sawProgress: boolean }).__sawProgress)).toBe(true);
      const events = await page.evaluate(() => (window as unknown as { __progressEvents: string[] }).__progressEvents);
      expect(events.some((e) => e.startsWith('create:'))).toBe(true);
      // The passphrase does not stay on screen once it has been used.
      await expect(page.getByRole('textbox', { name: 'Backup passphrase', exact: true })).toHaveValue('');
      const files = readdirSync(usb).filter((f) => f.endsWith('.age'));
      expect(files).toHaveLength(1);
      backupPath = join(usb, files[0]!);
      await shot('create-done');
    });

    await test.step('check the backup: a wrong passphrase is said next to the field, then the right one', async () => {
      await page.getByRole('tab', { name: 'Check a backup file' }).click();
      await chooseBackupFile(page, host, backupPath);
      await page.getByRole('textbox', { name: 'Backup passphrase', exact: true }).fill('not-the-passphrase');
      await page.getByRole('button', { name: 'Check this backup' }).click();
      await expect(page.getByText('That backup passphrase does not open this backup file.')).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Backup passphrase', exact: true })).toHaveAttribute('aria-invalid', 'true');
      await shot('verify-wrong-passphrase');
      await page.getByRole('textbox', { name: 'Backup passphrase', exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Check this backup' }).click();
      const verified = page.getByTestId('backup-verified');
      await expect(verified).toContainText('This backup is complete and readable.');
      await expect(verified.getByTestId('count-residents')).toHaveText(String(GENERATED));
      await expect(page.getByTestId('backup-status')).toHaveAttribute('data-stale', 'false');
      await expect(page.getByTestId('backup-age')).toContainText('less than an hour ago');
      await shot('verify-good');
    });

    await test.step('after the backup: a resident is added and the password changed', async () => {
      await invokeFromPage(page, 'residents.admit', { identity: { ...ADDED, estimatedAgeYears: 20 }, admittedOn: TODAY });
      await invokeFromPage(page, 'auth.changePassword', { currentPassword: SEED_MANAGER.password, newPassword: NEW_PASSWORD });
      await residentsCount(page, GENERATED + 1);
      await openFromNav(page, 'Home', 'Welcome, Manager One');
      await expect(page.getByTestId('backup-status-card')).toHaveAttribute('data-stale', 'false');
      await shot('home-card-fresh');
    });

    await test.step('restore: preview shows what the backup holds, then type to confirm', async () => {
      await openBackupTab(page, 'Restore from a backup');
      await chooseBackupFile(page, host, backupPath);
      await page.getByRole('textbox', { name: 'Backup passphrase', exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Show what the backup contains' }).click();
      const summary = page.getByTestId('backup-summary');
      await expect(summary.getByTestId('count-residents')).toHaveText(String(GENERATED));
      await expect(summary).toContainText('Demo Shelter');
      await expect(page.getByTestId('other-origin-warning')).toHaveCount(0);
      await expect(page.getByText(/staff sign in with the passwords that were valid on/)).toBeVisible();
      await shot('restore-preview');
      await page.getByRole('button', { name: 'Restore this backup' }).click();
      await expect(page.getByText('Type RESTORE exactly to confirm.')).toBeVisible();
      await shot('restore-confirm-missing');
      await page.getByRole('textbox', { name: 'To confirm, type RESTORE' }).fill('restore');
      // A file that decrypts is not yet trusted: sign in to the backup itself. Today's password is not the one inside it.
      await page.getByRole('textbox', { name: 'Username in the backup' }).fill(SEED_MANAGER.username);
      await page.getByRole('textbox', { name: 'Password in the backup' }).fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Restore this backup' }).click();
      await expect(page.getByText('do not open this backup')).toBeVisible();
      await shot('restore-sign-in-refused');
      await page.getByRole('textbox', { name: 'Password in the backup' }).fill(SEED_MANAGER.password);
      await page.getByRole('button', { name: 'Restore this backup' }).click();
      await expectSignInScreen(page);
      await expect(page.getByText('Backup restored')).toBeVisible();
      await shot('restore-done-sign-in');
    });

    await test.step('the password valid at backup time opens it; the resident added since is gone', async () => {
      await signIn(page, SEED_MANAGER.username, NEW_PASSWORD);
      await expect(page.getByText('That username and password do not match.')).toBeVisible();
      await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
      await expectSignedInAs(page, SEED_MANAGER.fullName);
      await residentsCount(page, GENERATED);
      await shot('after-restore-residents');
    });

    await test.step('undo the restore: the newer data and password come back', async () => {
      await openBackupTab(page, 'Restore from a backup');
      await page.getByRole('button', { name: 'Undo the restore' }).click();
      await expect(page.getByRole('dialog', { name: 'Undo the last restore?' })).toBeVisible();
      await shot('undo-confirm');
      await page.getByRole('button', { name: 'Yes, undo the restore' }).click();
      await expectSignInScreen(page);
      await expect(page.getByText('Restore undone')).toBeVisible();
      await shot('undo-done-sign-in');
      await signIn(page, SEED_MANAGER.username, NEW_PASSWORD);
      await expectSignedInAs(page, SEED_MANAGER.fullName);
      await residentsCount(page, GENERATED + 1);
      await shot('after-undo-residents');
    });

    expect(problems.errors).toEqual([]);
    expect(problems.cspRefusals).toEqual([]);
  } finally {
    rmSync(usb, { recursive: true, force: true });
  }
});

test('restore refuses clearly: another organisation warns, a random or cut-off file is named as such', async ({ page, host }) => {
  const shot = screenshotter(page, 'backup-refusals');
  const problems = await collectPageProblems(page);
  const usb = tempFolder('usb');
  try {
    const foreign = await backupFromAnotherVault(
      {
        organisationName: 'Other Shelter',
        siteCode: 'OTH',
        fullName: 'Other Manager',
        username: 'othermgr',
        password: 'Other-shelter-pass-5!',
      },
      2,
      usb,
    );
    const random = join(usb, 'random.age');
    writeFileSync(random, randomBytes(4096));
    const cut = join(usb, 'cut-off.age');
    const whole = readFileSync(foreign);
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    await seedVault(host.core);

    await page.goto(host.url);
    await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);

    await test.step('the USB stick is pulled out before the backup: said next to the folder, passphrase kept', async () => {
      const pulled = tempFolder('pulled-usb');
      await openBackupTab(page, 'Back up now');
      host.dialogs.answer({ kind: 'backupFolder', path: pulled });
      await page.getByRole('button', { name: 'Choose… Backup folder' }).click();
      await page.getByRole('textbox', { name: 'Backup passphrase', exact: true }).fill(PASSPHRASE);
      await page.getByRole('textbox', { name: 'Type the passphrase again', exact: true }).fill(PASSPHRASE);
      rmSync(pulled, { recursive: true, force: true });
      await page.getByRole('button', { name: 'Back up now' }).click();
      await expect(page.getByText(/USB stick|cannot be used for a backup/).first()).toBeVisible();
      await expect(page.getByTestId('backup-made')).toHaveCount(0);
      await expect(page.getByRole('textbox', { name: 'Backup passphrase', exact: true })).toHaveValue(PASSPHRASE);
      await shot('usb-pulled');
    });

    await page.getByRole('tab', { name: 'Restore from a backup' }).click();

    await test.step('a backup from another organisation shows a warning before anything can happen', async () => {
      await chooseBackupFile(page, host, foreign);
      await page.getByRole('textbox', { name: 'Backup passphrase', exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Show what the backup contains' }).click();
      const warning = page.getByTestId('other-origin-warning');
      await expect(warning).toContainText('This backup comes from another organisation or site');
      await expect(warning).toContainText('Other Shelter (site OTH)');
      await shot('other-organisation-warning');
      // The same warning in French, the shelter's other working language.
      await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
      await expect(warning).toContainText('Cette sauvegarde vient d’une autre organisation ou d’un autre site');
      await expect(page.getByTestId('other-vault-warning')).toContainText('Cette sauvegarde provient d’un autre coffre');
      await shot('other-organisation-warning-fr');
      // And in Kinyarwanda: the sign-in to the backup and the other-vault confirmation.
      await page.getByRole('combobox', { name: 'Langue' }).selectOption('rw');
      await expect(page.getByTestId('other-vault-warning')).toContainText('Ndabyumva');
      await shot('other-vault-warning-rw');
      await page.getByRole('combobox', { name: 'Ururimi' }).selectOption('en');
      await expect(page.getByTestId('other-vault-warning')).toContainText('This backup is of another vault');
      await page.getByRole('button', { name: 'Choose another file' }).click();
    });

    await test.step('a random file is not a backup', async () => {
      await chooseBackupFile(page, host, random);
      await page.getByRole('textbox', { name: 'Backup passphrase', exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Show what the backup contains' }).click();
      await expect(page.getByText('That file is not an Amizero backup.')).toBeVisible();
      await shot('random-file');
    });

    await test.step('a cut-off copy is damaged, and nothing was changed', async () => {
      await chooseBackupFile(page, host, cut);
      await page.getByRole('button', { name: 'Show what the backup contains' }).click();
      await expect(page.getByText(/The backup file is damaged or incomplete\. Nothing was changed\./)).toBeVisible();
      await shot('cut-off-file');
    });

    expect(problems.errors).toEqual([]);
    expect(problems.cspRefusals).toEqual([]);
  } finally {
    rmSync(usb, { recursive: true, force: true });
  }
});

test('new computer: restore from the first-run screen, then sign in with the old password', async ({ page, host }) => {
  const shot = screenshotter(page, 'backup-new-computer');
  const problems = await collectPageProblems(page);
  const usb = tempFolder('usb');
  try {
    const fromOldLaptop = await backupFromAnotherVault(SEED_MANAGER, 3, usb);

    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Set up Amizero on this computer' })).toBeVisible();
    await shot('first-run-with-restore-entry');
    await page.getByRole('button', { name: 'Restore from a backup' }).click();
    await expect(page.getByRole('heading', { name: 'Restore Amizero from a backup' })).toBeVisible();
    await shot('new-computer-start');

    await chooseBackupFile(page, host, fromOldLaptop);
    await page.getByRole('textbox', { name: 'Backup passphrase', exact: true }).fill('wrong passphrase');
    await page.getByRole('button', { name: 'Show what the backup contains' }).click();
    await expect(page.getByText('That backup passphrase does not open this backup file.')).toBeVisible();
    await shot('new-computer-wrong-passphrase');

    await page.getByRole('textbox', { name: 'Backup passphrase', exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Show what the backup contains' }).click();
    await expect(page.getByTestId('count-residents')).toHaveText('3');
    await shot('new-computer-preview');
    // The same sign-in proves the file before anything is written: without it, nothing happens.
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await expect(page.getByText('Required.').first()).toBeVisible();
    await page.getByRole('textbox', { name: 'Username in the backup' }).fill(SEED_MANAGER.username);
    await page.getByRole('textbox', { name: 'Password in the backup' }).fill(SEED_MANAGER.password);
    await shot('new-computer-sign-in-to-backup');
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await expect(page.getByText('Amizero is restored on this computer')).toBeVisible();
    await shot('new-computer-done');

    await page.getByRole('button', { name: 'Go to sign in' }).click();
    await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
    await expectSignedInAs(page, SEED_MANAGER.fullName);
    // The backup just restored counts as the last checked one: the card is not red.
    await expect(page.getByTestId('backup-status-card')).toHaveAttribute('data-stale', 'false');
    await shot('new-computer-home');
    await residentsCount(page, 3);
    await shot('new-computer-signed-in');

    expect(problems.errors).toEqual([]);
    expect(problems.cspRefusals).toEqual([]);
  } finally {
    rmSync(usb, { recursive: true, force: true });
  }
});

test('scheduled backups: settings saved; a missing USB folder is skipped with a visible warning', async ({ page, host }) => {
  const shot = screenshotter(page, 'backup-schedule');
  const problems = await collectPageProblems(page);
  const usb = tempFolder('usb');
  try {
    await seedVault(host.core);
    await page.goto(host.url);
    await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
    await openBackupTab(page, 'Scheduled backups');
    await shot('schedule-off');

    await page.getByRole('switch', { name: 'Make backups automatically' }).check();
    host.dialogs.answer({ kind: 'backupFolder', path: usb });
    await page.getByRole('button', { name: 'Choose… Folder for scheduled backups' }).click();
    // By keyboard, as the segmented control is meant to be used: arrow to the other choice.
    await page.getByRole('radio', { name: 'Head office keys' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Backup passphrase' })).toBeChecked();
    await page.getByRole('textbox', { name: 'Backup passphrase' }).fill(PASSPHRASE);
    // Where copies go and who opens them: the manager's password again.
    await page.getByRole('button', { name: 'Save schedule' }).click();
    await expect(page.getByText('Required.').first()).toBeVisible();
    await shot('schedule-password-needed');
    await page.getByRole('textbox', { name: 'Your password' }).fill(SEED_MANAGER.password);
    await page.getByRole('button', { name: 'Save schedule' }).click();
    await expect(page.getByText('Schedule saved.')).toBeVisible();
    await shot('schedule-saved');

    // Two runs: a full backup, then one holding only what changed; the page says what each point needs.
    const points = page.getByTestId('restore-points');
    await page.getByRole('button', { name: 'Run the scheduled backup now' }).click();
    await expect(points.getByRole('row')).toHaveCount(2);
    await page.waitForTimeout(1100); // file names carry the second: the next run must not share it
    await page.getByRole('button', { name: 'Run the scheduled backup now' }).click();
    await expect(points.getByRole('row')).toHaveCount(3);
    await expect(points.getByRole('row').nth(1)).toContainText('Changes only (1)');
    await expect(points.getByRole('row').nth(1)).toContainText('These 2 files together');
    await expect(points.getByRole('row').nth(2)).toContainText('This file alone');
    await points.scrollIntoViewIfNeeded();
    await shot('schedule-restore-points');

    // The USB stick is pulled out: the next scheduled run is skipped and says why.
    rmSync(usb, { recursive: true, force: true });
    await page.getByRole('button', { name: 'Run the scheduled backup now' }).click();
    await expect(page.getByTestId('schedule-warning')).toContainText('the backup folder was not found');
    await shot('schedule-folder-missing');
    await openFromNav(page, 'Home', 'Welcome, Manager One');
    await expect(card(page)).toContainText('the backup folder (USB stick) was not found');
    await shot('home-card-folder-missing');

    expect(problems.errors).toEqual([]);
    expect(problems.cspRefusals).toEqual([]);
  } finally {
    rmSync(usb, { recursive: true, force: true });
  }
});

test('head office keys: a backup only head office can open, checked with its key file; a wrong key file is named', async ({
  page,
  host,
}) => {
  const shot = screenshotter(page, 'backup-head-office');
  const problems = await collectPageProblems(page);
  const usb = tempFolder('usb');
  const keys = tempFolder('keys');
  try {
    const headOffice = generateIdentity();
    const other = generateIdentity();
    const keyFile = join(keys, 'head-office.key');
    const wrongKeyFile = join(keys, 'other.key');
    writeFileSync(keyFile, `${headOffice.identity}\n`);
    writeFileSync(wrongKeyFile, `${other.identity}\n`);
    await seedVault(host.core);
    await seedResidents(host.core, SEED_MANAGER, 2);

    await page.goto(host.url);
    await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
    await openBackupTab(page, 'Back up now');
    host.dialogs.answer({ kind: 'backupFolder', path: usb });
    await page.getByRole('button', { name: 'Choose… Backup folder' }).click();
    await page.getByRole('radio', { name: 'Backup passphrase' }).focus();
    await page.keyboard.press('ArrowRight');
    const keysBox = page.getByRole('textbox', { name: 'Head office public keys' });
    await keysBox.fill('age1notakey');
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByText('Line 1 is not a public key')).toBeVisible();
    await shot('bad-public-key');
    await keysBox.fill(headOffice.recipient);
    await page.getByRole('textbox', { name: 'Your password' }).fill(SEED_MANAGER.password);
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByTestId('backup-made')).toContainText(
      'Only the holder of the head office key file can open and check this backup.',
    );
    await shot('made-for-head-office');
    const made = join(
      usb,
      readdirSync(usb).find((f) => f.endsWith('.age'))!,
    );

    await page.getByRole('tab', { name: 'Check a backup file' }).click();
    await chooseBackupFile(page, host, made);
    await page.getByRole('radio', { name: 'Backup passphrase' }).focus();
    await page.keyboard.press('ArrowRight');
    host.dialogs.answer({ kind: 'identityFile', path: wrongKeyFile });
    await page.getByRole('button', { name: 'Choose… Key file (identity file)' }).click();
    // The choice arrives from the dialog asynchronously: checking before it lands asks for a key file.
    await expect(page.getByTestId('chosen-identityFile')).toContainText('other.key');
    await page.getByRole('button', { name: 'Check this backup' }).click();
    await expect(page.getByText('This backup was made for a different key file.')).toBeVisible();
    await shot('wrong-key-file');
    host.dialogs.answer({ kind: 'identityFile', path: keyFile });
    await page.getByRole('button', { name: 'Choose another… Key file (identity file)' }).click();
    await expect(page.getByTestId('chosen-identityFile')).toContainText('head-office.key');
    await page.getByRole('button', { name: 'Check this backup' }).click();
    await expect(page.getByTestId('backup-verified')).toContainText('This backup is complete and readable.');
    await expect(page.getByTestId('count-residents')).toHaveText('2');
    await shot('checked-with-key-file');

    expect(problems.errors).toEqual([]);
    expect(problems.cspRefusals).toEqual([]);
  } finally {
    rmSync(usb, { recursive: true, force: true });
    rmSync(keys, { recursive: true, force: true });
  }
});
