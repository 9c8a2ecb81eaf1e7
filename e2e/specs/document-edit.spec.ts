import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedResidents } from '../support/residents-seed';
import { signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';
import { tealPng } from '../support/sample-files';
import { call, firstId, isoDaysAgo, openFile } from '../support/residents-screens';

/*
 * Issue 16: a document's title and kind could not be edited.
 */
test('documents: title and kind are corrected in place', async ({ page, host }) => {
  const shot = screenshotter(page, 'residents-screens-documents');
  const problems = await collectPageProblems(page);
  await seedVault(host.core);
  await seedResidents(host.core, SEED_MANAGER, 0, [
    { identity: { givenNames: 'Aline', familyName: 'Testimana' }, admittedOn: isoDaysAgo(5) },
  ]);
  await page.goto(host.url);
  await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
  const id = await firstId(page, 'Testimana');
  await call(page, 'residents.documents.attach', {
    residentId: id,
    kind: 'other',
    title: 'Scan 1',
    originalName: 'scan.png',
    contentBase64: tealPng().toString('base64'),
  });
  await openFile(page, id, 'documents', 'Aline Testimana');
  const table = page.getByRole('table', { name: 'Documents of this resident' });

  await page.getByRole('button', { name: 'Edit details of Scan 1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit the document’s details' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('   ');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog.getByText('Required.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Birth certificate');
  await dialog.getByRole('combobox', { name: 'What is it?' }).click();
  await page.getByRole('option', { name: 'ID document', exact: true }).click();
  await shot('document-edit');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(table.getByRole('row').filter({ hasText: 'Birth certificate' })).toContainText('ID document');
  await expect(table.getByText('Scan 1')).toHaveCount(0);
  await shot('document-edited');
  const listed = await call<{ title: string; kind: string }[]>(page, 'residents.documents.list', { residentId: id });
  expect(listed.map((d) => [d.title, d.kind])).toEqual([['Birth certificate', 'id_document']]);
  expect(problems.errors).toEqual([]);
});
