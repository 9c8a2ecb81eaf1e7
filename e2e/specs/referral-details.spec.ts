import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedResidents } from '../support/residents-seed';
import { residentIdByName } from '../support/file-staff';
import { signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';
import { isoDaysAgo } from '../support/dates';

/*
 * A referral out's optional details against the real core: recorded with a reason and notes,
 * the notes emptied on screen and saved, and the file then shows none while the reason stays;
 * core returns the notes as null. The keyboard comes back to the button that opened the dialog.
 */
const RESIDENT = { givenNames: 'Claudine', familyName: 'Uwase' };
const REASON = 'Dental care';
const NOTES = 'Prefers a morning appointment';

test('referral details: notes cleared on screen are gone from the file and null in core', async ({ page, host }) => {
  const shot = screenshotter(page, 'referral-details');
  const problems = await collectPageProblems(page);
  await seedVault(host.core);
  await seedResidents(host.core, SEED_MANAGER, 0, [
    { identity: { givenNames: RESIDENT.givenNames, familyName: RESIDENT.familyName }, admittedOn: isoDaysAgo(40) },
  ]);
  await page.goto(host.url);
  await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
  const residentId = await residentIdByName(page, RESIDENT.familyName);
  const created = await host.core.call('residents.referralsOut.create', {
    residentId,
    partnerId: 'partner-seed-health-centre',
    categories: ['identity', 'health'],
    referredOn: isoDaysAgo(5),
    reason: REASON,
    notes: NOTES,
    override: { reason: 'threat_to_life', note: 'Emergency' },
  });
  await page.evaluate((hash) => (window.location.hash = hash), `#/residents/${residentId}?tab=referral`);

  const panel = page.getByRole('region', { name: 'Referrals out' });
  const edit = panel.getByRole('button', { name: 'Edit the details of the referral to Health centre' });
  await expect(panel.getByText(NOTES)).toBeVisible();
  await edit.click();

  const dialog = page.getByRole('dialog', { name: 'Details of the referral' });
  const notes = dialog.getByLabel('Notes', { exact: true });
  await expect(dialog.getByLabel('Reason', { exact: true })).toHaveValue(REASON);
  await expect(notes).toHaveValue(NOTES);
  await notes.fill('');
  await shot('notes-emptied');
  await dialog.getByRole('button', { name: 'Save details' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByText('Referral details saved')).toBeVisible();
  await expect(edit).toBeFocused();
  await expect(panel.getByText(NOTES)).toHaveCount(0);
  await expect(panel.getByText(REASON)).toBeVisible();
  await shot('notes-cleared');

  const stored = (await host.core.call('residents.referralsOut.list', { residentId })).find((r) => r.id === created.id);
  expect(stored?.notes).toBeNull();
  expect(stored?.reason).toBe(REASON);

  expect(problems.errors).toEqual([]);
  expect(problems.cspRefusals).toEqual([]);
});
