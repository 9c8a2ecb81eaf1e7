import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedResidents } from '../support/residents-seed';
import { addCounsellorAndStaff } from '../support/file-staff';
import { signIn } from '../support/screens';
import { screenshotter, SCREENSHOT_DIR } from '../support/screenshots';
import { pdfToPng } from '../support/pdf-png';
import { readPdf } from '../../electron/core/testing/pdf-text';
import { isoDaysAgo } from '../support/dates';

/*
 * Print buttons against the real core, through the test host's stand-in for main's print
 * path (e2e/host/print-stand-in.ts): the token the page gets is redeemed in core exactly as
 * main does, and the bytes that would reach the print dialog are kept here to read. A social
 * worker prints a field sheet; her referral slip is refused while the consent is missing,
 * and nothing is handed over; the audit log holds the printed PDF's sha256.
 */
const SOCIAL = { fullName: 'Social Worker One', username: 'social1', role: 'social_worker' as const };
const SOCIAL_PASSWORD = 'Social-own-pass-88!';
const RESIDENT = { givenNames: 'Claudine', familyName: 'Uwamahoro' };

async function lockAndSignIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Lock', exact: true }).click();
  await signIn(page, username, password);
}

test('printing: a field sheet reaches the print path; a slip without consent is refused and nothing is handed over', async ({
  page,
  host,
  context,
}) => {
  const shot = screenshotter(page, 'printing');
  const problems = await collectPageProblems(page);
  await seedVault(host.core);
  await seedResidents(host.core, SEED_MANAGER, 0, [{ identity: RESIDENT, admittedOn: isoDaysAgo(60) }]);
  await addCounsellorAndStaff(host.core, [SOCIAL]);
  await host.core.call('auth.signIn', { username: SEED_MANAGER.username, password: SEED_MANAGER.password });
  const residentId = (await host.core.call('residents.search', { query: RESIDENT.familyName })).items[0]!.id;
  const staff = await host.core.call('residents.assignableStaff', {});
  await host.core.call('residents.care.update', { residentId, socialWorkerId: staff.find((s) => s.role === 'social_worker')!.id });
  await host.core.call('residents.consents.record', {
    residentId,
    purpose: 'follow_up_contact',
    givenOn: isoDaysAgo(59),
    method: 'written',
    givenBy: 'resident',
  });
  await host.core.call('residents.discharge', { residentId, dischargedOn: isoDaysAgo(10), destination: 'family' });
  await host.core.call('residents.reintegration.startSchedule', { residentId });
  await host.core.call('residents.referralsOut.create', {
    residentId,
    partnerId: 'partner-seed-health-centre',
    categories: ['identity', 'health'],
    referredOn: isoDaysAgo(5),
    reason: 'Follow-up care',
    override: { reason: 'threat_to_life', note: 'Emergency' },
  });
  await host.core.call('auth.lock', { reason: 'manual' });
  await host.core.call('auth.signIn', { username: SOCIAL.username, password: 'Temporary-pass-2041!' });
  await host.core.call('auth.changePassword', { currentPassword: 'Temporary-pass-2041!', newPassword: SOCIAL_PASSWORD });
  await host.core.call('auth.lock', { reason: 'manual' });

  await test.step('the social worker prints the field sheet: the PDF is handed over, with her first name and no family name', async () => {
    await page.goto(host.url);
    await signIn(page, SOCIAL.username, SOCIAL_PASSWORD);
    await page.evaluate((hash) => (window.location.hash = hash), `#/residents/${residentId}?tab=reintegration`);
    const print = page.getByRole('button', { name: /^Print the field sheet for the visit due / }).first();
    await expect(print).toBeVisible();
    await shot('field-sheet-buttons');
    await print.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText(/Sent to the print dialog \(\d+ KB\)\./)).toBeVisible();
    expect(host.prints.printed).toHaveLength(1);
    const bytes = host.prints.printed[0]!;
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const { text } = await readPdf(bytes);
    expect(text).toContain(RESIDENT.givenNames);
    expect(text).not.toContain(RESIDENT.familyName);
    await shot('field-sheet-printed');
    expect(await pdfToPng(context, Buffer.from(bytes), join(SCREENSHOT_DIR, 'printing', 'printed-field-sheet.png'))).toBe(1);
  });

  await test.step('her referral slip is refused while the sharing consent does not cover it, and nothing reaches the printer', async () => {
    await page.evaluate((hash) => (window.location.hash = hash), `#/residents/${residentId}?tab=referral`);
    const print = page
      .getByRole('region', { name: 'Referrals out' })
      .getByRole('button', { name: 'Print the referral slip for Health centre' });
    await print.click();
    const refusal = page.getByRole('alert').filter({ hasText: 'does not cover Identity, Health for this partner' });
    await expect(refusal).toBeVisible();
    await expect(print).toHaveAttribute('aria-describedby', (await refusal.getAttribute('id'))!);
    expect(host.prints.printed).toHaveLength(1);
    await shot('slip-refused');
  });

  await test.step('the manager finds the print in the audit log, with the sha256 of the bytes handed over', async () => {
    await lockAndSignIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
    const entries = await host.core.call('audit.list', { limit: 50 });
    const printed = entries.filter((e) => e.action === 'reintegration.field_sheet_printed');
    expect(printed).toHaveLength(1);
    expect(printed[0]!.details.sha256).toBe(createHash('sha256').update(host.prints.printed[0]!).digest('hex'));
    expect(entries.some((e) => e.action === 'reintegration.referral_slip_printed')).toBe(false);
  });

  expect(problems.errors).toEqual([]);
  expect(problems.cspRefusals).toEqual([]);
});
