import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedResidents } from '../support/residents-seed';
import { residentIdByName } from '../support/file-staff';
import { signIn } from '../support/screens';
import { screenshotter, SCREENSHOT_DIR } from '../support/screenshots';
import { pdfToPng } from '../support/pdf-png';
import { isoDaysAgo } from '../support/dates';

/*
 * The referral slip from the referrals-out panel against the real core: refused next to the
 * button while her sharing consent lacks a category of the referral (named in words, nothing
 * written), then saved through the scripted save dialog once she consents, drawn to a PNG.
 */
const RESIDENT = { givenNames: 'Josiane', familyName: 'Mukamana' };

test('referral slip: refused naming the missing consent, then saved as a one-page PDF', async ({ page, host, context }) => {
  const shot = screenshotter(page, 'referral-slip');
  const problems = await collectPageProblems(page);
  await seedVault(host.core);
  await seedResidents(host.core, SEED_MANAGER, 0, [
    { identity: { givenNames: RESIDENT.givenNames, familyName: RESIDENT.familyName }, admittedOn: isoDaysAgo(40) },
  ]);
  const outDir = mkdtempSync(join(tmpdir(), 'amizero-e2e-slip-'));
  let id = '';
  const button = () =>
    page.getByRole('region', { name: 'Referrals out' }).getByRole('button', { name: 'Referral slip (PDF) for Health centre' });

  try {
    await test.step('a referral made under an emergency override, with no sharing consent: the slip is refused, naming what is missing', async () => {
      await page.goto(host.url);
      await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
      id = await residentIdByName(page, RESIDENT.familyName);
      await host.core.call('residents.referralsOut.create', {
        residentId: id,
        partnerId: 'partner-seed-health-centre',
        categories: ['identity', 'health'],
        referredOn: isoDaysAgo(5),
        reason: 'Follow-up care',
        override: { reason: 'threat_to_life', note: 'Emergency' },
      });
      await page.evaluate((hash) => (window.location.hash = hash), `#/residents/${id}?tab=referral`);
      const target = join(outDir, 'refused.pdf');
      host.dialogs.answer({ kind: 'documentExport', path: target });
      await button().click();
      const refusal = page.getByRole('alert').filter({ hasText: 'does not cover Identity, Health for this partner' });
      await expect(refusal).toBeVisible();
      await expect(button()).toHaveAttribute('aria-describedby', (await refusal.getAttribute('id'))!);
      expect(existsSync(target)).toBe(false);
      await shot('refused');
    });

    await test.step('once she consents to both for health partners, the slip is saved where chosen and is one page', async () => {
      await host.core.call('residents.consents.record', {
        residentId: id,
        purpose: 'sharing',
        partnerTypes: ['health'],
        categories: ['identity', 'health'],
        givenOn: isoDaysAgo(1),
        method: 'written',
        givenBy: 'resident',
      });
      const target = join(outDir, 'slip.pdf');
      host.dialogs.answer({ kind: 'documentExport', path: target });
      await button().click();
      await expect(page.getByText(/Referral slip saved/)).toBeVisible();
      await expect(page.getByRole('alert').filter({ hasText: 'does not cover' })).toHaveCount(0);
      expect(existsSync(target)).toBe(true);
      await shot('saved');
      const pages = await pdfToPng(context, readFileSync(target), join(SCREENSHOT_DIR, 'referral-slip', 'slip.png'));
      expect(pages).toBe(1);
    });

    expect(problems.errors).toEqual([]);
    expect(problems.cspRefusals).toEqual([]);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
