import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseString } from '@fast-csv/parse';
import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedResidents } from '../support/residents-seed';
import { signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';
import { isoDaysAgo } from '../support/dates';
import { seriousFindings } from '../support/axe-check';
import { HTCDS_EXPORT_COLUMNS } from '../../shared/enums/trafficking';

/*
 * The anonymised export screen as the reporting role, against the real core: k shown, CSV
 * saved through the save dialog, the counts on the screen equal to the file read back, no
 * name in it; a file inside the data folder refused by name, nothing written.
 *
 * Hand-counted shelter (k = 5): six women alike with research consent, one Ugandan man with
 * it (alone in his group: his five values go, then he does), one woman never asked.
 */
const REPORTER = { fullName: 'Report Writer', username: 'reporter1', role: 'reporting' as const };
const TEMPORARY = 'Temporary-pass-2041!';
const OWN = 'Reporter-own-pass-66!';

const readCsv = (text: string): Promise<Record<string, string>[]> =>
  new Promise((resolve, reject) => {
    const rows: Record<string, string>[] = [];
    parseString(text, { headers: true })
      .on('data', (r: Record<string, string>) => rows.push(r))
      .on('error', reject)
      .on('end', () => resolve(rows));
  });

test('anonymised export: the reporting role saves the HTCDS file and the screen counts what the file holds', async ({ page, host }) => {
  const shot = screenshotter(page, 'anonymised-export');
  const problems = await collectPageProblems(page);
  await seedVault(host.core);
  const woman = (i: number) => ({
    identity: {
      givenNames: `Aline${i}`,
      familyName: 'Testimana',
      sex: 'female' as const,
      dateOfBirth: '2001-05-01',
      nationalities: ['RW'],
    },
    admittedOn: isoDaysAgo(40),
  });
  await seedResidents(host.core, SEED_MANAGER, 0, [
    ...Array.from({ length: 7 }, (_, i) => woman(i)),
    {
      identity: { givenNames: 'Eric', familyName: 'Habimana', sex: 'male', dateOfBirth: '1990-01-01', nationalities: ['UG'] },
      admittedOn: isoDaysAgo(40),
    },
  ]);
  await host.core.call('auth.signIn', { username: SEED_MANAGER.username, password: SEED_MANAGER.password });
  await host.core.call('settings.update', { anonymisationK: 5 });
  const people = (await host.core.call('residents.search', { query: '', limit: 50 })).items;
  for (const p of people.filter((x) => !x.displayName.includes('Aline6'))) {
    await host.core.call('residents.consents.record', {
      residentId: p.id,
      purpose: 'research',
      givenOn: isoDaysAgo(39),
      method: 'written',
      givenBy: 'resident',
    });
  }
  await host.core.call('users.create', { ...REPORTER, password: TEMPORARY });
  await host.core.call('auth.lock', { reason: 'manual' });
  await host.core.call('auth.signIn', { username: REPORTER.username, password: TEMPORARY });
  await host.core.call('auth.changePassword', { currentPassword: TEMPORARY, newPassword: OWN });
  await host.core.call('auth.lock', { reason: 'manual' });
  let suppressedShown = -1;
  const exportDir = mkdtempSync(join(tmpdir(), 'amizero-e2e-anonymised-'));
  try {
    await test.step('the reporting role opens the page from Reports and sees k', async () => {
      await page.goto(host.url);
      await signIn(page, REPORTER.username, OWN);
      await page.getByRole('navigation').getByRole('link', { name: 'Reports' }).click();
      await page.getByRole('link', { name: 'Anonymised export' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Anonymised export' })).toBeVisible();
      await expect(page.getByText(/shared by at least 5 people/)).toBeVisible();
      await expect(page.getByRole('radio', { name: 'CSV' })).toBeChecked();
      await shot('page');
      expect(await seriousFindings(page)).toEqual([]);
    });

    await test.step('a file inside the data folder is refused by name, and nothing is written', async () => {
      const inside = join(host.dataDir, 'anonymised.csv');
      host.dialogs.answer({ kind: 'reportExport', path: inside });
      await page.getByRole('button', { name: 'Save the anonymised export…' }).click();
      await expect(page.getByRole('alert').filter({ hasText: "outside Amizero's data folder" })).toBeVisible();
      expect(existsSync(inside)).toBe(false);
      await shot('data-folder-refused');
    });

    await test.step('saves the CSV where chosen; the counts shown are the file’s', async () => {
      const target = join(exportDir, 'anonymised.csv');
      host.dialogs.answer({ kind: 'reportExport', path: target });
      await page.getByRole('button', { name: 'Save the anonymised export…' }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByText('Saved as anonymised.csv.')).toBeVisible();
      const result = page.getByRole('table', { name: 'What the file holds' });
      const text = readFileSync(target, 'utf8');
      const rows = await readCsv(text);
      expect(Object.keys(rows[0]!)).toEqual([...HTCDS_EXPORT_COLUMNS]);
      expect(rows).toHaveLength(6);
      expect(rows.every((r) => r.prs_Gender === 'Feminine' && r.prs_Citizenship === 'RW')).toBe(true);
      await expect(result.getByRole('row', { name: `People in the file ${rows.length}` })).toBeVisible();
      await expect(result.getByRole('row', { name: 'People left out: no research consent in force 1' })).toBeVisible();
      await expect(result.getByRole('row', { name: 'People left out: their group stayed smaller than k 1' })).toBeVisible();
      const suppressedRow = result.getByRole('row', { name: /^Values suppressed \(written "\*"\) \d+$/ });
      suppressedShown = Number((await suppressedRow.innerText()).match(/(\d+)\s*$/)![1]);
      await expect(result.getByRole('row', { name: 'Smallest group (k) 5' })).toBeVisible();
      expect(text).not.toMatch(/Aline|Testimana|Eric|Habimana|2001-05-01/);
      await shot('saved');
      // The pointer still rests on the button from the refused attempt: its hover colour is checked too.
      expect(await seriousFindings(page)).toEqual([]);
    });

    await test.step('the export is in the audit log with the counts, as the command line writes it', async () => {
      await host.core.call('auth.signIn', { username: SEED_MANAGER.username, password: SEED_MANAGER.password });
      const entry = (await host.core.call('audit.list', { limit: 50 })).find((e) => e.action === 'report.anonymised_exported');
      expect(entry?.details).toMatchObject({ records: 6, k: 5, leftOutNoConsent: 1, droppedRecords: 1, format: 'csv' });
      // The man's values went before he did: the screen shows the count core audited, never zero here.
      expect(suppressedShown).toBeGreaterThan(0);
      expect(entry?.details.suppressedValues).toBe(suppressedShown);
    });
    expect(problems.errors).toEqual([]);
    expect(problems.cspRefusals).toEqual([]);
  } finally {
    rmSync(exportDir, { recursive: true, force: true });
  }
});
