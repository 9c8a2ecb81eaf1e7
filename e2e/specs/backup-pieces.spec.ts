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
    await page.getByRole('textbox', { name: "The backup's passphrase", exact: true }).fill(PASSPHRASE);
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
