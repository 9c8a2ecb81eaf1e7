import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { deriveKek, newKdfParams } from '../../electron/core/vault/kdf';
import { readKeyring, writeKeyring } from '../../electron/core/vault/keyring';
import { wrapKey } from '../../electron/core/vault/wrap';
import { dataKeyOf } from '../../electron/core/testing/raw-db';
import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';

/*
 * A vault upgraded from keyring version 1 whose recovery slot is still in the old form
 * (the recovery key not used since): Home tells the manager, who types the recovery key
 * once; the note goes and nobody's password changes.
 */
test('the key-file upgrade is finished from Home with the recovery key typed once', async ({ page, host }) => {
  const shot = screenshotter(page, 'keys-upgrade');
  const problems = await collectPageProblems(page);
  const recoveryKey = await seedVault(host.core);
  // The recovery slot as version 1 wrote it: the data key under the recovery key, nothing else.
  const path = join(host.dataDir, 'keyring.json');
  const k = readKeyring(path);
  const dek = await dataKeyOf(host.dataDir, recoveryKey);
  const id = randomUUID();
  const kdf = newKdfParams();
  const kek = await deriveKek(recoveryKey, kdf);
  const legacy = {
    id,
    kind: 'recovery' as const,
    kdf,
    wrapped: wrapKey(kek, dek, `amizero-keyring-v1|${k.vaultId}|${id}|recovery|`),
    createdAt: new Date().toISOString(),
  };
  writeKeyring(path, { ...k, slots: [...k.slots.filter((s) => s.kind !== 'recovery'), legacy] });
  dek.fill(0);
  kek.fill(0);

  await page.goto(host.url);
  await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
  const note = page.getByTestId('keys-status');
  await expect(note).toContainText('Key file upgrade');
  await expect(note).toContainText('The recovery key has not been used since the upgrade.');
  await shot('home-upgrade-pending');
  await note.getByRole('textbox', { name: 'Recovery key' }).fill('WRONG-KEY0-0000');
  await note.getByRole('button', { name: 'Finish the upgrade' }).click();
  await expect(note.getByRole('textbox', { name: 'Recovery key' })).toHaveAttribute('data-invalid', 'true');
  await shot('home-upgrade-wrong-key');
  await note.getByRole('textbox', { name: 'Recovery key' }).fill(recoveryKey.toLowerCase());
  await note.getByRole('button', { name: 'Finish the upgrade' }).click();
  await expect(page.getByTestId('keys-status')).toHaveCount(0);
  await shot('home-upgrade-finished');
  expect(readKeyring(path).transition).toBeUndefined();

  expect(problems.errors).toEqual([]);
  expect(problems.cspRefusals).toEqual([]);
});
