import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedResidents } from '../support/residents-seed';
import { addCounsellorAndStaff, COUNSELLOR, residentIdByName } from '../support/file-staff';
import { invokeFromPage, signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';
import { onePagePdf, tealPng } from '../support/sample-files';
import { isoDaysAgo } from '../support/dates';

/*
 * A resident's documents and referrals out through the UI against the real core: attach a
 * PNG and a PDF, see them listed, view both (the picture inline, the PDF drawn by pdf.js
 * under the strict CSP), refuse a text file renamed .pdf without losing what was typed,
 * export one through the scripted save dialog, then a referral out and a status change.
 */
const RESIDENT = { givenNames: 'Aline', familyName: 'Testimana' };
const NAME = `${RESIDENT.givenNames} ${RESIDENT.familyName}`;

const PNG = tealPng();

async function lockAndSignIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Lock', exact: true }).click();
  await signIn(page, username, password);
}

async function openFileTab(page: Page, id: string, tab: string): Promise<void> {
  const target = `#/residents/${id}?tab=${tab}`;
  // Setting the hash it already has does nothing (after a sign-in the app shows Home at the old address).
  if ((await page.evaluate(() => window.location.hash)) === target) await page.evaluate(() => (window.location.hash = '#/'));
  await page.evaluate((hash) => (window.location.hash = hash), target);
  await expect(page.getByRole('heading', { level: 2, name: NAME })).toBeVisible();
}

test('documents: attach PNG and PDF, view both, refuse a renamed text file, export; referral out and status change', async ({
  page,
  host,
}) => {
  const shot = screenshotter(page, 'resident-documents');
  const problems = await collectPageProblems(page);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await seedVault(host.core);
  await seedResidents(host.core, SEED_MANAGER, 0, [
    { identity: { givenNames: RESIDENT.givenNames, familyName: RESIDENT.familyName }, admittedOn: isoDaysAgo(20) },
  ]);
  await addCounsellorAndStaff(host.core);
  const exportDir = mkdtempSync(join(tmpdir(), 'amizero-e2e-export-'));
  const pdf = onePagePdf('Medical certificate');
  const table = () => page.getByRole('table', { name: 'Documents of this resident' });
  const attachForm = () => page.getByRole('region', { name: 'Attach a document' });
  let id = '';

  try {
    await test.step('the manager opens the Documents tab: nothing yet', async () => {
      await page.goto(host.url);
      await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
      id = await residentIdByName(page, RESIDENT.familyName);
      await openFileTab(page, id, 'documents');
      await expect(page.getByText('No documents yet.')).toBeVisible();
      await shot('documents-empty');
    });

    await test.step('attaches a photo (PNG)', async () => {
      await page.getByRole('button', { name: 'Attach a document' }).click();
      await attachForm().getByRole('combobox', { name: 'What is it?' }).click();
      await page.getByRole('option', { name: 'Photo', exact: true }).click();
      await attachForm().getByRole('textbox', { name: 'Title' }).fill('Photo on arrival');
      await attachForm().locator('input[type="file"]').setInputFiles({ name: 'arrival.png', mimeType: 'image/png', buffer: PNG });
      await expect(attachForm().getByText(/arrival\.png/)).toBeVisible();
      await shot('attach-form-filled');
      await attachForm().getByRole('button', { name: 'Attach', exact: true }).click();
      await expect(table().getByText('Photo on arrival')).toBeVisible();
      await expect(attachForm()).toHaveCount(0);
    });

    await test.step('a text file renamed .pdf is refused next to the file field; nothing is saved, nothing typed is lost', async () => {
      await page.getByRole('button', { name: 'Attach a document' }).click();
      await attachForm().getByRole('combobox', { name: 'What is it?' }).click();
      await page.getByRole('option', { name: 'Medical', exact: true }).click();
      await attachForm().getByRole('textbox', { name: 'Title' }).fill('Medical certificate');
      await attachForm()
        .locator('input[type="file"]')
        .setInputFiles({
          name: 'certificate.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.from('Not a PDF: just notes typed in a text editor.\n'),
        });
      await attachForm().getByRole('button', { name: 'Attach', exact: true }).click();
      await expect(attachForm().getByText(/Only PDF files and JPEG or PNG pictures can be attached/)).toBeVisible();
      await expect(attachForm().getByRole('textbox', { name: 'Title' })).toHaveValue('Medical certificate');
      await expect(table().getByRole('row')).toHaveCount(2); // header + the photo
      await shot('attach-refused-renamed-text');
    });

    await test.step('the real PDF is accepted in the same form', async () => {
      await attachForm().locator('input[type="file"]').setInputFiles({ name: 'certificate.pdf', mimeType: 'application/pdf', buffer: pdf });
      await attachForm().getByRole('button', { name: 'Attach', exact: true }).click();
      await expect(table().getByText('Medical certificate')).toBeVisible();
      await expect(table().getByRole('row')).toHaveCount(3);
      await shot('documents-listed');
    });

    await test.step('views the photo inline from a blob: URL, revoked when the viewer closes', async () => {
      await page.getByRole('button', { name: 'View Photo on arrival' }).click();
      const dialog = page.getByRole('dialog', { name: 'Photo on arrival' });
      const img = dialog.getByRole('img', { name: 'Photo on arrival (picture)' });
      await expect(img).toBeVisible();
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(24);
      const src = (await img.getAttribute('src'))!;
      expect(src.startsWith('blob:')).toBe(true);
      await shot('viewer-photo');
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toHaveCount(0);
      const stillLoads = await page.evaluate(
        (url) =>
          new Promise<boolean>((done) => {
            const probe = new Image();
            probe.onload = () => done(true);
            probe.onerror = () => done(false);
            probe.src = url;
          }),
        src,
      );
      expect(stillLoads).toBe(false);
    });

    await test.step('views the PDF, drawn by pdf.js without eval', async () => {
      await page.getByRole('button', { name: 'View Medical certificate' }).click();
      const dialog = page.getByRole('dialog', { name: 'Medical certificate' });
      await expect(dialog.getByText('Page 1 of 1')).toBeVisible();
      const canvas = dialog.getByRole('img', { name: 'Medical certificate, page 1 of 1' });
      // Drawn, not blank: some pixel of the filled box is far from white.
      await expect
        .poll(() =>
          canvas.evaluate((el: HTMLCanvasElement) => {
            const data = el.getContext('2d')!.getImageData(0, 0, el.width, el.height).data;
            for (let i = 0; i < data.length; i += 4) if (data[i]! < 100 && data[i + 3]! > 0) return true;
            return false;
          }),
        )
        .toBe(true);
      await shot('viewer-pdf');
      // Parsed in pdf.js's own worker, loaded from our origin under the CSP (not the main-thread fallback).
      expect(workers.some((u) => new URL(u).origin === new URL(host.url).origin && /pdf\.worker/.test(u))).toBe(true);
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
    });

    await test.step('exports the PDF through the save dialog: same bytes, owner-only, audited', async () => {
      const target = join(exportDir, 'certificate.pdf');
      host.dialogs.answer({ kind: 'documentExport', path: target });
      await page.getByRole('button', { name: 'Export Medical certificate to a file' }).click();
      await expect(page.getByText(/A copy was saved as certificate\.pdf\. It is NOT encrypted/)).toBeVisible();
      expect(host.dialogs.asked.at(-1)).toMatchObject({ kind: 'documentExport', suggestedName: 'certificate.pdf' });
      expect(readFileSync(target).equals(pdf)).toBe(true);
      if (process.platform !== 'win32') expect(statSync(target).mode & 0o777).toBe(0o600);
      await shot('exported');

      const audit = (await invokeFromPage(page, 'audit.list', { limit: 50 })) as {
        ok: boolean;
        data: { action: string; details: object }[];
      };
      const actions = audit.data.map((e) => e.action);
      expect(actions.filter((a) => a === 'resident.document_attached')).toHaveLength(2);
      expect(actions.filter((a) => a === 'resident.document_viewed')).toHaveLength(2);
      expect(actions.filter((a) => a === 'resident.document_exported')).toHaveLength(1);
      expect(JSON.stringify(audit.data)).not.toContain('certificate.pdf');
    });

    await test.step('a cancelled save dialog saves nothing and says nothing alarming', async () => {
      host.dialogs.answer({ kind: 'documentExport', cancelled: true });
      await page.getByRole('button', { name: 'Export Photo on arrival to a file' }).click();
      await expect.poll(() => host.dialogs.pending()).toBe(0);
      await expect(page.getByRole('tabpanel').getByRole('alert')).toHaveCount(0);
      await expect(page.getByText(/saved as arrival\.png/)).toHaveCount(0);
    });

    await test.step('what was typed about a document survives a lock; the file must be chosen again', async () => {
      await page.getByRole('button', { name: 'Attach a document' }).click();
      await attachForm().getByRole('combobox', { name: 'What is it?' }).click();
      await page.getByRole('option', { name: 'ID document', exact: true }).click();
      await attachForm().getByRole('textbox', { name: 'Title' }).fill('National ID, front and back');
      // The draft is saved a moment after typing stops; wait for it rather than racing the lock.
      await expect
        .poll(
          async () =>
            ((await invokeFromPage(page, 'drafts.get', { formKey: `residentFile.documents.${id}` })) as { ok: boolean; data: unknown })
              .data,
        )
        .toMatchObject({ data: { title: 'National ID, front and back' } });
      await lockAndSignIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
      await openFileTab(page, id, 'documents');
      await page.getByRole('button', { name: 'Attach a document' }).click();
      await expect(attachForm().getByRole('textbox', { name: 'Title' })).toHaveValue('National ID, front and back');
      await expect(attachForm().getByText(/has been brought back\. Choose the file again/)).toBeVisible();
      await shot('attach-draft-restored');
      await attachForm().getByRole('button', { name: 'Cancel' }).click();
      await expect(attachForm()).toHaveCount(0);
    });

    await test.step('refers her out to legal aid and moves the referral to Accepted', async () => {
      // She agreed to share her identity with legal aid (the consent gate has its own spec).
      expect(
        await invokeFromPage(page, 'residents.consents.record', {
          residentId: id,
          purpose: 'sharing',
          partnerTypes: ['legal_aid'],
          categories: ['identity'],
          givenOn: isoDaysAgo(6),
          method: 'written',
          givenBy: 'resident',
        }),
      ).toMatchObject({ ok: true });
      await openFileTab(page, id, 'referral');
      const panel = page.getByRole('region', { name: 'Referrals out' });
      await expect(panel.getByText('No referrals out yet.')).toBeVisible();
      await panel.getByRole('button', { name: 'Add a referral' }).click();
      const form = page.getByRole('region', { name: 'Refer to another organisation' });
      await form.getByRole('combobox', { name: 'Partner' }).click();
      await page.getByRole('option', { name: 'Legal aid', exact: true }).click();
      await form.getByRole('checkbox', { name: 'Identity', exact: true }).check();
      await form.getByRole('textbox', { name: 'Reason' }).fill('Statement for the court case');
      await form.getByLabel('Referred on').fill(isoDaysAgo(5));
      await shot('referral-form');
      await form.getByRole('button', { name: 'Save referral' }).click();
      const list = page.getByRole('table', { name: 'Referrals out of this resident' });
      await expect(list.getByText('Legal aid', { exact: true }).first()).toBeVisible();
      await expect(list.getByText('Planned', { exact: true })).toBeVisible();
      await shot('referral-listed');

      await list.getByRole('button', { name: 'Change the status of the referral to Legal aid' }).click();
      const dialog = page.getByRole('dialog', { name: 'Change status' });
      await dialog.getByRole('combobox', { name: 'Status' }).click();
      await page.getByRole('option', { name: 'Accepted', exact: true }).click();
      await dialog.getByRole('textbox', { name: 'Note about this change' }).fill('Lawyer assigned');
      await shot('referral-status-dialog');
      await dialog.getByRole('button', { name: 'Save status' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(list.getByText('Accepted', { exact: true })).toBeVisible();
      await expect(list.getByText(/^Planned on .* by Manager One$/)).toBeVisible();
      await expect(list.getByText(/^Accepted on .* by Manager One — Lawyer assigned$/)).toBeVisible();
      await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
      await shot('referral-status-changed');
    });

    await test.step('the counsellor sees no documents and no referrals out, and core refuses them to her', async () => {
      await lockAndSignIn(page, COUNSELLOR.username, COUNSELLOR.password);
      await openFileTab(page, id, 'documents');
      await expect(page.getByText('Photo on arrival')).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Attach a document' })).toHaveCount(0);
      const refused = (await invokeFromPage(page, 'residents.documents.list', { residentId: id })) as {
        ok: boolean;
        error?: { code: string };
      };
      expect(refused.error?.code).toBe('PERMISSION_DENIED');
      await shot('counsellor-documents');
      await openFileTab(page, id, 'referral');
      await expect(page.getByText('Legal Aid Forum')).toHaveCount(0);
      await expect(page.getByRole('region', { name: 'Referrals out' })).toHaveCount(0);
    });

    expect(problems.errors).toEqual([]);
    expect(problems.cspRefusals).toEqual([]);
  } finally {
    rmSync(exportDir, { recursive: true, force: true });
  }
});
