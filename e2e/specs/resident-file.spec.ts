import type { Page } from '@playwright/test';
import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedResidents } from '../support/residents-seed';
import { addCounsellorAndStaff, COUNSELLOR, residentIdByName } from '../support/file-staff';
import { invokeFromPage, openFromNav, signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';
import { enAdmit } from '../../shared/i18n/locales/en-admit';
import { enCare as care, enCareValidation as careValidation, enRiskLevel as riskLevel } from '../../shared/i18n/locales/en-care';
import { isoDaysAgo } from '../support/dates';

/*
 * One resident's file through the UI against the real core: every tab, an identity edit that
 * core refuses and that is then corrected without losing what was typed, a trafficking
 * profile, consent with the under-16 guardian rule, History naming the changes, and the
 * counsellor's read-only view. Labels of the profile and consent enumerations are read from
 * their catalogue (en-care.ts), which another part of the app owns and words.
 */
const ADMITTED_ON = isoDaysAgo(10);
/** Fifteen years old: consent must come from a guardian. */
const BORN_ON = `${Number(ADMITTED_ON.slice(0, 4)) - 15}${ADMITTED_ON.slice(4)}`;
const RESIDENT = { givenNames: 'Clarisse', familyName: 'Testimana', alias: 'Kadogo' };
const NAME = `${RESIDENT.givenNames} ${RESIDENT.familyName}`;
async function openFile(page: Page, id: string): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), `#/residents/${id}`);
  await expect(page.getByRole('heading', { level: 2, name: NAME })).toBeVisible();
}

function tab(page: Page, name: string) {
  return page.getByRole('tablist').getByRole('tab', { name, exact: true });
}

async function openTab(page: Page, name: string): Promise<void> {
  await tab(page, name).click();
  await expect(tab(page, name)).toHaveAttribute('aria-selected', 'true');
}

test('resident file: every tab, refused then corrected identity, profile, consent with the guardian rule, History; counsellor reads only', async ({
  page,
  host,
}) => {
  const shot = screenshotter(page, 'resident-file');
  const problems = await collectPageProblems(page);
  await seedVault(host.core);
  await seedResidents(host.core, SEED_MANAGER, 0, [
    {
      identity: { givenNames: RESIDENT.givenNames, familyName: RESIDENT.familyName, otherNames: [RESIDENT.alias], dateOfBirth: BORN_ON },
      referral: { sourceType: 'isange_one_stop_centre', organisationName: 'Isange One Stop Centre Kacyiru' },
      admittedOn: ADMITTED_ON,
    },
  ]);
  await addCounsellorAndStaff(host.core, [{ fullName: 'Social Worker One', username: 'social1', role: 'social_worker' }]);
  let id = '';

  await test.step('the manager opens the file: header and Overview with what is missing', async () => {
    await page.goto(host.url);
    await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
    id = await residentIdByName(page, RESIDENT.familyName);
    // An old or mistyped link says so plainly instead of an error code.
    await page.evaluate(() => (window.location.hash = '#/residents/no-such-resident'));
    await expect(page.getByText('This resident file does not exist. It may have been opened from an old link.')).toBeVisible();
    // The way staff get there: the list, the summary, then the file.
    await openFromNav(page, 'Residents');
    await page
      .getByRole('grid', { name: 'Residents' })
      .getByRole('row')
      .filter({ hasText: `${RESIDENT.familyName} ${RESIDENT.givenNames}` })
      .click();
    await page.getByRole('region', { name: 'Summary of the selected resident' }).getByRole('link', { name: enAdmit.stay.openFile }).click();
    await expect(page.getByRole('heading', { level: 2, name: NAME })).toBeVisible();
    expect(page.url()).toContain(`#/residents/${id}`);
    const header = page.getByRole('region', { name: 'Resident', exact: true });
    await expect(header).toContainText('In the shelter');
    await expect(header).toContainText('Room 1 · A');
    await expect(header).toContainText('15');
    await expect(header).toContainText(`also known as ${RESIDENT.alias}`);
    await expect(header.getByRole('button', { name: 'Discharge' })).toBeVisible();
    const missing = page.getByRole('region', { name: 'Still missing' });
    await expect(missing).toContainText('Phone');
    await expect(missing).toContainText('Where she or he comes from');
    await expect(page.getByRole('region', { name: 'Current stay' })).toContainText(/Day 1[01] of 183/);
    await shot('overview');
  });

  await test.step('Overview: the responsible social worker and a high risk level; the header says so', async () => {
    const panel = page.getByRole('region', { name: 'Who looks after her or him' });
    await panel.getByLabel(care.care.fields.socialWorker, { exact: true }).click();
    await page.getByRole('option', { name: 'Social Worker One' }).click();
    await panel.getByLabel(care.care.fields.riskLevel, { exact: true }).click();
    await page.getByRole('option', { name: riskLevel.high }).click();
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Assigned staff and risk level saved.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Resident', exact: true })).toContainText(riskLevel.high);
    await shot('overview-care-saved');
  });

  await test.step('Identity: core refuses a birth date after admission; the message is next to the field and typing is kept', async () => {
    await openTab(page, 'Identity');
    expect(page.url()).toContain('tab=identity');
    await page.getByRole('textbox', { name: 'Phone' }).fill('+250 788 123 456');
    await page.getByLabel('Date of birth').fill(isoDaysAgo(3));
    await page.getByRole('button', { name: 'Save identity' }).click();
    const dob = page.getByLabel('Date of birth');
    await expect(dob).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('The date of birth is after the admission date.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Phone' })).toHaveValue('+250 788 123 456');
    await shot('identity-refused');

    await dob.fill(BORN_ON);
    await expect(page.getByText('The date of birth is after the admission date.')).toHaveCount(0);
    await page.getByRole('button', { name: 'Save identity' }).click();
    await expect(page.getByText('Identity saved.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save identity' })).toBeDisabled();
    await expect(page.getByRole('textbox', { name: 'Phone' })).toHaveValue('+250 788 123 456');
    await shot('identity-saved');
  });

  await test.step('an unsaved edit survives a lock and can be dropped', async () => {
    const phone = page.getByRole('textbox', { name: 'Phone' });
    await phone.fill('+250 788 000 111');
    await expect(page.getByText('Unsaved changes are kept safely until you save.')).toBeVisible();
    await page.getByRole('banner').getByRole('button', { name: 'Lock', exact: true }).click();
    await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
    await expect(page.getByRole('heading', { level: 2, name: NAME })).toBeVisible();
    await expect(tab(page, 'Identity')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText(/Changes you had not saved .* have been brought back/)).toBeVisible();
    await expect(phone).toHaveValue('+250 788 000 111');
    await shot('identity-draft-restored');
    await page.getByRole('button', { name: 'Go back to what is saved' }).click();
    await expect(phone).toHaveValue('+250 788 123 456');
  });

  await test.step('Referral & admission and Documents show; tabs move by keyboard; Back returns to the previous tab', async () => {
    await tab(page, 'Identity').focus();
    await page.keyboard.press('ArrowRight');
    await expect(tab(page, 'Referral & admission')).toHaveAttribute('aria-selected', 'true');
    await expect(tab(page, 'Referral & admission')).toBeFocused();
    expect(page.url()).toContain('tab=referral');
    await expect(page.getByRole('region', { name: 'Stay 1' })).toContainText('Isange One Stop Centre');
    await expect(page.getByRole('region', { name: 'Stay 1' })).toContainText('In the shelter now');
    await shot('referral-admission');
    // Who referred her is often learnt later: corrected here, with a refused date first.
    await page.getByRole('region', { name: 'Stay 1' }).getByRole('button', { name: 'Correct referral details' }).click();
    const dialog = page.getByRole('dialog', { name: 'Referral to the shelter, stay 1' });
    await dialog.getByRole('textbox', { name: 'Referring officer' }).fill('Inspector Mugabo');
    await dialog.getByLabel('Referral date').fill(isoDaysAgo(0));
    await dialog.getByRole('button', { name: 'Save referral' }).click();
    await expect(dialog.getByText('The referral date is after the admission date of this stay.')).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Referring officer' })).toHaveValue('Inspector Mugabo');
    await shot('referral-refused');
    await dialog.getByLabel('Referral date').fill(ADMITTED_ON);
    await dialog.getByRole('button', { name: 'Save referral' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Stay 1' })).toContainText('Inspector Mugabo');
    await openTab(page, 'Documents');
    await shot('documents');
    await page.goBack();
    await expect(tab(page, 'Referral & admission')).toHaveAttribute('aria-selected', 'true');
  });

  await test.step('Trafficking profile: a refused date, a region preset, saved', async () => {
    await openTab(page, 'Trafficking profile');
    await page.getByRole('checkbox', { name: care.trafficking.exploitationType.forced_labour }).check();
    await page.getByRole('checkbox', { name: care.trafficking.meansOfControl.debt_bondage }).check();
    await page.getByRole('checkbox', { name: care.trafficking.meansOfControl.withholds_documents }).check();
    await page.getByRole('button', { name: care.trafficking.regionPreset.middle_east_gulf }).click();
    await page.getByLabel(care.trafficking.fields.recruitedOn).fill(isoDaysAgo(400));
    await page.getByLabel(care.trafficking.fields.exitedOn).fill(isoDaysAgo(500));
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText(careValidation['trafficking.exitBeforeRecruitment'])).toBeVisible();
    await expect(page.getByRole('checkbox', { name: care.trafficking.meansOfControl.debt_bondage })).toBeChecked();
    await shot('profile-refused');
    await page.getByLabel(care.trafficking.fields.exitedOn).fill(isoDaysAgo(20));
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Trafficking profile saved.')).toBeVisible();
    await expect(page.getByText(/Last saved .* by Manager One/)).toBeVisible();
    await shot('profile-saved');
  });

  await test.step('Consent: under 16, the guardian rule is shown next to "Given by"; core refuses it too', async () => {
    await openTab(page, 'Consent');
    await page.getByRole('button', { name: 'Record a consent' }).click();
    const form = page.getByRole('region', { name: 'Record a consent' });
    await form.getByLabel('Purpose', { exact: true }).click();
    await page.getByRole('option', { name: care.consent.purpose.services }).click();
    await expect(form).toContainText('Age 15 on that date: consent must be given by a parent or guardian.');
    await form.getByRole('button', { name: 'Save consent' }).click();
    await expect(form.getByText(careValidation['consent.guardianRequiredUnder16'])).toBeVisible();
    await shot('consent-under-16');

    // Core applies the same rule whatever the screen does.
    const refused = (await invokeFromPage(page, 'residents.consents.record', {
      residentId: id,
      purpose: 'services',
      givenOn: isoDaysAgo(1),
      method: 'written',
      givenBy: 'resident',
    })) as { ok: boolean; error?: { code: string; fields?: { path: string; code: string }[] } };
    expect(refused.ok).toBe(false);
    expect(refused.error?.fields).toEqual([expect.objectContaining({ path: 'givenBy', code: 'consent.guardianRequiredUnder16' })]);

    await form.getByRole('radio', { name: care.consent.givenBy.guardian }).check();
    await form.getByRole('textbox', { name: care.consent.fields.guardianName }).fill('Parent Of Resident');
    await form.getByRole('button', { name: 'Save consent' }).click();
    await expect(page.getByText('Consent recorded.')).toBeVisible();
    await expect(page.getByRole('region', { name: care.consent.purpose.services })).toContainText('Given');
    await shot('consent-recorded');
  });

  await test.step('Consent: a withdrawal is recorded with its date and kept as history', async () => {
    const card = page.getByRole('region', { name: care.consent.purpose.services });
    await card.getByRole('button', { name: 'Record withdrawal' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel(care.consent.fields.withdrawnOn)).toBeFocused();
    await dialog.getByLabel(care.consent.fields.withdrawnOn).fill(isoDaysAgo(-2));
    await dialog.getByRole('button', { name: 'Record withdrawal' }).click();
    await expect(dialog.getByText('This date is in the future.')).toBeVisible();
    await dialog.getByLabel(care.consent.fields.withdrawnOn).fill(isoDaysAgo(0));
    await dialog.getByRole('button', { name: 'Record withdrawal' }).click();
    await expect(page.getByText('Withdrawal recorded.')).toBeVisible();
    await expect(card).toContainText('Withdrawn');
    await expect(page.getByRole('region', { name: 'Every consent recorded' })).toContainText(care.consent.givenBy.guardian);
    await shot('consent-withdrawn');
  });

  await test.step('Consent: a refusal is recorded for a purpose, shown as refused, and cannot be withdrawn', async () => {
    await page.getByRole('button', { name: 'Record a consent' }).click();
    const form = page.getByRole('region', { name: 'Record a consent' });
    await form.getByLabel('Purpose', { exact: true }).click();
    await page.getByRole('option', { name: care.consent.purpose.research }).click();
    await form.getByRole('radio', { name: care.consent.decision.refused }).check();
    await form.getByRole('radio', { name: care.consent.givenBy.guardian }).check();
    await form.getByRole('textbox', { name: care.consent.fields.guardianName }).fill('Parent Of Resident');
    await shot('consent-refusal-form');
    await form.getByRole('button', { name: 'Save consent' }).click();
    await expect(form).toHaveCount(0);
    const card = page.getByRole('region', { name: care.consent.purpose.research });
    await expect(card).toContainText('Refused');
    await expect(card.getByRole('button', { name: 'Record withdrawal' })).toHaveCount(0);
    await shot('consent-refused');
  });

  await test.step('History lists the changes by field name, never the values', async () => {
    await openTab(page, 'History');
    const table = page.getByRole('table', { name: 'History of this file' });
    await expect(table).toContainText('Resident file edited');
    await expect(table).toContainText('Phone');
    await expect(table).toContainText(care.consent.purpose.services);
    await expect(table).not.toContainText('788 123 456');
    await expect(table).not.toContainText('Parent Of Resident');
    await shot('history');
    await page.getByRole('checkbox', { name: 'Also show when the file was opened' }).check();
    await expect(table).toContainText(care.residentHistory.viewed.file);
    await shot('history-with-views');
  });

  await test.step('the counsellor reads the file with no way to change it', async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Lock', exact: true }).click();
    await signIn(page, COUNSELLOR.username, COUNSELLOR.password);
    await openFile(page, id);
    await expect(page.getByRole('region', { name: 'Resident', exact: true }).getByRole('button')).toHaveCount(0);
    await expect(tab(page, 'Documents')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Resident', exact: true })).toContainText(riskLevel.high);
    await expect(page.getByRole('region', { name: 'Who looks after her or him' })).toContainText('Social Worker One');
    await shot('counsellor-overview');
    await openTab(page, 'Identity');
    await expect(page.getByRole('button', { name: 'Save identity' })).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0);
    await expect(page.getByText('+250 788 123 456')).toBeVisible();
    await shot('counsellor-identity');
    await openTab(page, 'Trafficking profile');
    await expect(page.getByRole('button', { name: 'Save profile' })).toHaveCount(0);
    await expect(page.getByText(care.trafficking.meansOfControl.debt_bondage)).toBeVisible();
    await shot('counsellor-profile');
    if (await tab(page, 'Consent').count()) {
      await openTab(page, 'Consent');
      await expect(page.getByRole('button', { name: 'Record a consent' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Record withdrawal' })).toHaveCount(0);
      await shot('counsellor-consent');
    }
  });

  await test.step('in French, the file reads in French', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await openTab(page, 'Identité');
    await expect(page.getByRole('region', { name: 'Résident·e', exact: true })).toContainText('Enfant de moins de 16 ans');
    await shot('counsellor-identity-fr');
    await openTab(page, "Vue d'ensemble");
    await shot('counsellor-overview-fr');
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
  });

  expect(problems.errors).toEqual([]);
  expect(problems.cspRefusals).toEqual([]);
});
