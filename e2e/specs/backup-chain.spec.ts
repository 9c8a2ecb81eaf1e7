import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CoreHost } from '../../electron/core/host/core-host';
import { seedVault, SEED_MANAGER } from '../host/seed';
import { WORKER_SEED, type TestHost } from '../host/test-host';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedResidents } from '../support/residents-seed';
import { expectSignedInAs, openFromNav, signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';
import { runScheduledChain } from '../support/scheduled-chain';
import type { Page } from '@playwright/test';

/*
 * The first-run restore on a new computer from the newest file of a chain of scheduled
 * incremental backups: the folder of its other files is asked for, the whole chain is
 * checked, a missing link is named with its date, then the usual sign-in to the backup.
 */
const PASSPHRASE = 'Seven-hills-of-Kigali 2041';
/** Every file of the chain is opened with the passphrase (a deliberately slow key derivation each). */
const CHAIN_CHECK = { timeout: 90_000 };
const VERSION = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;

function tempFolder(name: string): string {
  return mkdtempSync(join(tmpdir(), `amizero-e2e-${name}-`));
}

/** Another computer's vault with scheduled backups into `usb`: a full one, then two runs holding changes only. */
async function scheduledChain(usb: string): Promise<string[]> {
  const dataDir = tempFolder('other-vault');
  const core = new CoreHost({ dataDir, version: VERSION, extensions: [WORKER_SEED] });
  try {
    await seedVault(core, SEED_MANAGER);
    await seedResidents(core, SEED_MANAGER, 3);
    await core.call('auth.signIn', { username: SEED_MANAGER.username, password: SEED_MANAGER.password });
    await runScheduledChain(core, usb, PASSPHRASE, ['Keza', 'Teta']);
    await core.call('auth.lock', { reason: 'manual' });
    return readdirSync(usb).sort();
  } finally {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function choose(page: Page, host: TestHost, kind: 'backupFile' | 'backupFolder', label: string, path: string): Promise<void> {
  host.dialogs.answer({ kind, path });
  await page.getByRole('button', { name: new RegExp(`^Choose(…| another…) ${label}$`) }).click();
  await expect(page.getByTestId(`chosen-${kind}`)).toContainText(path.split('/').pop()!);
}

test('new computer: restore from the newest file of a chain of scheduled backups, its folder chosen, a missing link named', async ({
  page,
  host,
}) => {
  test.setTimeout(300_000);
  const shot = screenshotter(page, 'backup-chain-restore');
  const problems = await collectPageProblems(page);
  const usb = tempFolder('usb');
  const gap = tempFolder('gap');
  try {
    const files = await scheduledChain(usb);
    expect(files).toHaveLength(3);
    const [full, link1, link2] = files as [string, string, string];
    expect(link1).toMatch(/\.link-1\./);
    expect(link2).toMatch(/\.link-2\./);
    // A stick where the middle link was lost.
    for (const f of [full, link2]) copyFileSync(join(usb, f), join(gap, f));

    await page.goto(host.url);
    await page.getByRole('button', { name: 'Restore from a backup' }).click();
    await expect(page.getByRole('heading', { name: 'Restore Amizero from a backup' })).toBeVisible();
    await choose(page, host, 'backupFile', 'Backup file', join(gap, link2));
    await page.getByRole('textbox', { name: 'Backup passphrase', exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Show what the backup contains' }).click();
    // Changes only, and no folder: the full backup it builds on is named with its date.
    await expect(page.getByText(/The full backup this chain starts from is missing: made /)).toBeVisible();
    await shot('no-folder-base-missing');

    await choose(page, host, 'backupFolder', 'Folder with the files it needs', gap);
    await page.getByRole('button', { name: 'Show what the backup contains' }).click();
    await expect(page.getByText(/Link 1 of 2 is missing: made /)).toBeVisible(CHAIN_CHECK);
    await shot('link-missing');

    await choose(page, host, 'backupFile', 'Backup file', join(usb, link2));
    await choose(page, host, 'backupFolder', 'Folder with the files it needs', usb);
    await page.getByRole('button', { name: 'Show what the backup contains' }).click();
    await expect(page.getByTestId('backup-chain-files')).toContainText('rebuilt from 3 files', CHAIN_CHECK);
    await expect(page.getByTestId('count-residents')).toHaveText('5');
    await shot('chain-preview');

    await page.getByRole('textbox', { name: 'Username in the backup' }).fill(SEED_MANAGER.username);
    await page.getByRole('textbox', { name: 'Password in the backup' }).fill(SEED_MANAGER.password);
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await expect(page.getByText('Amizero is restored on this computer')).toBeVisible(CHAIN_CHECK);
    await shot('chain-restored');

    await page.getByRole('button', { name: 'Go to sign in' }).click();
    await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
    await expectSignedInAs(page, SEED_MANAGER.fullName);
    await openFromNav(page, 'Residents');
    await expect(page.getByRole('status').filter({ hasText: '5 residents' })).toBeVisible();
    await expect(page.getByText('Teta').first()).toBeVisible();
    await shot('chain-residents');

    expect(problems.errors).toEqual([]);
    expect(problems.cspRefusals).toEqual([]);
  } finally {
    rmSync(usb, { recursive: true, force: true });
    rmSync(gap, { recursive: true, force: true });
  }
});
