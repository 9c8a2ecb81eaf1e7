import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { grantedToken } from '../../electron/core/grants/granted';
import { seedVault, SEED_MANAGER } from '../host/seed';
import type { TestHost } from '../host/test-host';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedResidents } from '../support/residents-seed';
import { openFromNav, signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';
import { runScheduledChain } from '../support/scheduled-chain';
import { chooseLanguage } from '../support/route-walk';
import { englishLeft } from '../support/english-left';
import { translate } from '../../shared/i18n/translate';

/*
 * Pieces for e-mail in the window: a backup cut into pieces in a chosen folder (size
 * checked, progress shown, the pieces listed), then checked on the Verify tab from one
 * piece chosen on its own.
 */
const PASSPHRASE = 'Seven-hills-of-Kigali 2041';
/** Each piece and the backup it rebuilds are opened with the passphrase (a slow key derivation each). */
const SLOW = { timeout: 120_000 };

function tempFolder(name: string): string {
  return mkdtempSync(join(tmpdir(), `amizero-e2e-${name}-`));
}

async function choose(page: Page, host: TestHost, kind: 'backupFile' | 'backupFolder', label: string, path: string): Promise<void> {
  host.dialogs.answer({ kind, path });
  await page.getByRole('button', { name: new RegExp(`^Choose(…| another…) ${label}$`) }).click();
  await expect(page.getByTestId(`chosen-${kind}`).first()).toContainText(path.split('/').pop()!);
}

test('pieces for e-mail: split a backup in the window, then check it from one piece', async ({ page, host }) => {
  test.setTimeout(300_000);
  const shot = screenshotter(page, 'backup-pieces');
  const problems = await collectPageProblems(page);
  const usb = tempFolder('usb');
  const mail = tempFolder('mail');
  try {
    await seedVault(host.core);
    await seedResidents(host.core, SEED_MANAGER, 4);
    await page.goto(host.url);
    await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
    const made = await host.core.call('backup.create', {
      folderToken: await grantedToken(host.core, 'backupFolder', usb),
      passphrase: PASSPHRASE,
    });

    await openFromNav(page, 'Backups');
    await page.getByRole('tab', { name: 'Pieces for e-mail' }).click();
    await expect(page.getByRole('heading', { name: 'Split a backup into pieces for e-mail' })).toBeVisible();
    await shot('empty');

    // Nothing chosen and a size out of range: named next to each field, nothing sent.
    await page.getByRole('textbox', { name: 'Size of each piece (MB)' }).fill('0');
    await page.getByRole('button', { name: 'Cut into pieces' }).click();
    await expect(page.getByText('Enter a whole number of MB between 1 and 2048.')).toBeVisible();
    await expect(page.getByText('Required.').first()).toBeVisible();
    await shot('refused');

    await choose(page, host, 'backupFile', 'Backup file to cut', made.path);
    await choose(page, host, 'backupFolder', 'Folder for the pieces', mail);
    await page.getByRole('textbox', { name: 'Size of each piece (MB)' }).fill('1');
    // Not the backup's own passphrase: refused next to the field, no piece written, the choices kept.
    const passphraseField = page.getByRole('textbox', { name: "The backup's passphrase", exact: true });
    await passphraseField.fill('Seven-hills-of-Kigali 2042');
    await page.getByRole('button', { name: 'Cut into pieces' }).click();
    await expect(passphraseField).toHaveAccessibleDescription(/This passphrase does not open the chosen backup/, SLOW);
    await expect(passphraseField).toHaveValue('');
    await expect(passphraseField).toBeFocused();
    await expect(page.getByRole('alert').filter({ hasText: 'does not open' })).toHaveCount(0);
    expect(readdirSync(mail)).toEqual([]);
    await expect(page.getByTestId('chosen-backupFile')).toContainText(made.fileName);
    await shot('not-the-backups-passphrase');

    await passphraseField.fill(PASSPHRASE);
    await expect(passphraseField).toHaveAccessibleDescription(/^(?!.*does not open)/);
    await shot('filled');
    await page.getByRole('button', { name: 'Cut into pieces' }).click();
    const done = page.getByTestId('backup-pieces-made');
    await expect(done).toContainText(/Pieces written: /, SLOW);
    const pieces = readdirSync(mail).sort();
    expect(pieces.length).toBeGreaterThanOrEqual(1);
    for (const name of pieces) await expect(done).toContainText(name);
    await shot('done');

    await page.getByRole('tab', { name: 'Check a backup file' }).click();
    await choose(page, host, 'backupFile', 'Backup file', join(mail, pieces.at(-1)!));
    await page.getByRole('textbox', { name: 'Backup passphrase', exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Check this backup' }).click();
    await expect(page.getByTestId('backup-verified')).toBeVisible(SLOW);
    await shot('checked-from-piece');

    expect(problems.errors).toEqual([]);
    expect(problems.cspRefusals).toEqual([]);
  } finally {
    rmSync(usb, { recursive: true, force: true });
    rmSync(mail, { recursive: true, force: true });
  }
});

test('in Kinyarwanda: the restore points of a chain of scheduled backups, and the pieces panel refusing a passphrase not the backup’s own', async ({
  page,
  host,
}) => {
  test.setTimeout(300_000);
  const shot = screenshotter(page, 'backup-pieces-rw');
  const problems = await collectPageProblems(page);
  const usb = tempFolder('usb');
  const mail = tempFolder('mail');
  const rw = (key: string, vars?: Record<string, string | number>) => translate('rw', key, vars);
  try {
    await seedVault(host.core);
    await seedResidents(host.core, SEED_MANAGER, 3);
    await page.goto(host.url);
    await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
    // Scheduled runs into the stick: a full backup, then one that holds only the change made between them.
    await runScheduledChain(host.core, usb, PASSPHRASE, ['Keza']);
    const [full] = readdirSync(usb).sort();

    await openFromNav(page, 'Backups');
    await page.getByRole('tab', { name: 'Scheduled backups' }).click();
    const points = page.getByTestId('restore-points');
    await expect(points.getByRole('row').nth(1)).toContainText('Changes only (1)');
    await points.scrollIntoViewIfNeeded();
    await shot('restore-points-en');
    await chooseLanguage(page, 'rw');
    await page.getByRole('tab', { name: rw('backup.schedule.title') }).click();
    await expect(points.getByRole('row')).toHaveCount(3);
    await expect(points.getByRole('row').nth(1)).toContainText(rw('backupChains.link', { n: 1 }));
    await expect(points.getByRole('row').nth(2)).toContainText(rw('backupChains.needsNothing'));
    await points.scrollIntoViewIfNeeded();
    await shot('restore-points');
    expect(await englishLeft(page, 'rw')).toEqual([]);

    await page.getByRole('tab', { name: rw('backupPieces.tab') }).click();
    await expect(page.getByRole('heading', { name: rw('backupPieces.title') })).toBeVisible();
    await shot('empty');
    host.dialogs.answer({ kind: 'backupFile', path: join(usb, full!) });
    await page.getByRole('button', { name: `${rw('dialogs.choose')} ${rw('backupPieces.file')}` }).click();
    host.dialogs.answer({ kind: 'backupFolder', path: mail });
    await page.getByRole('button', { name: `${rw('dialogs.choose')} ${rw('backupPieces.folder')}` }).click();
    const passphraseField = page.getByRole('textbox', { name: rw('backupPieces.passphraseLabel'), exact: true });
    await passphraseField.fill('not the passphrase of this backup');
    await page.getByRole('button', { name: rw('backupPieces.submit') }).click();
    await expect(page.getByText(rw('fieldErrors.notBackupPassphrase'))).toBeVisible(SLOW);
    expect(readdirSync(mail)).toEqual([]);
    await shot('not-the-backups-passphrase');
    expect(await englishLeft(page, 'rw')).toEqual([]);

    expect(problems.errors).toEqual([]);
    expect(problems.cspRefusals).toEqual([]);
  } finally {
    rmSync(usb, { recursive: true, force: true });
    rmSync(mail, { recursive: true, force: true });
  }
});
