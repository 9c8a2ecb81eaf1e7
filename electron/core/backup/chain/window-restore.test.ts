import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTemplate,
  copyVault,
  expectError,
  openCore,
  signIn,
  TempDirs,
  TestClock,
  type VaultTemplate,
} from '../../testing/vault-fixture';
import { chosen, chosenSource } from '../../testing/chosen';
import { dailySchedule, scheduledDay } from '../../testing/schedule-input';
import { generateIdentity } from '../age';

/**
 * The window's restore (backup.previewNew / backup.restoreNew) from the newest link of a
 * scheduled chain, with the folder holding its other files chosen in a dialog.
 */
const dirs = new TempDirs();
let template: VaultTemplate;
const headOffice = generateIdentity();
let keyFile: string;
let stick: string;
const full = 'amizero-KGL-auto-20261201-020000.age';
const link1 = 'amizero-KGL-auto-20261202-020000.link-1.from-20261201-020000.age';
const link2 = 'amizero-KGL-auto-20261203-020000.link-2.from-20261201-020000.age';

beforeAll(async () => {
  template = await buildTemplate(dirs, {});
  keyFile = join(dirs.make('key'), 'head-office.key');
  writeFileSync(keyFile, `${headOffice.identity}\n`);
  const clock = new TestClock(Date.parse('2026-12-01T02:00:00Z'));
  const core = openCore(copyVault(template.dir, dirs, 'site'), { now: clock.now, scheduledBackups: false });
  await signIn(core, template.manager);
  stick = dirs.make('stick');
  await core.call(
    'backup.schedule.set',
    dailySchedule(await chosen(core, 'backupFolder', stick), template.manager.password, headOffice.recipient, {
      fullEveryDays: 30,
      chainMaxPercent: 200,
    }),
  );
  expect((await core.call('backup.schedule.runNow', {})).outcome).toBe('ok');
  for (const name of ['Keza', 'Teta']) await scheduledDay(core, clock, template.manager, name);
  expect(readdirSync(stick).sort()).toEqual([full, link1, link2]);
  await core.close();
});
afterAll(() => dirs.cleanup());

const trust = () => ({ method: 'account' as const, username: template.manager.username, password: template.manager.password });

async function newComputer() {
  const dir = join(dirs.make('laptop'), 'vault');
  return { dir, core: openCore(dir) };
}

describe('restoring the newest link of a chain on a new computer', () => {
  it('without the folder of its links, names the full backup it needs and its date', async () => {
    const { core } = await newComputer();
    const e = await expectError(core, 'backup.previewNew', await chosenSource(core, join(stick, link2), keyFile));
    expect(e.code).toBe('BACKUP_CHAIN_BASE_MISSING');
    expect(e.params).toMatchObject({ made: '2026-12-01T02:00:00.000Z' });
  });

  it('verifies the whole chain from the chosen folder, then restores the newest point after the sign-in to the backup', async () => {
    const { core } = await newComputer();
    const source = {
      ...(await chosenSource(core, join(stick, link2), keyFile)),
      linksFolderToken: await chosen(core, 'backupFolder', stick),
    };
    const preview = await core.call('backup.previewNew', source);
    expect(preview.chainFiles).toBe(3);
    expect(preview.summary.createdAt).toBe('2026-12-03T02:00:00.000Z');
    expect(preview.renewed.linksFolderToken).toBeDefined();
    const r = await core.call('backup.restoreNew', { ...preview.renewed, trust: trust() });
    expect(r.summary.createdAt).toBe('2026-12-03T02:00:00.000Z');
    await signIn(core, template.manager);
    const found = await core.call('residents.search', { query: 'Teta' });
    expect(JSON.stringify(found)).toContain('Teta');
  });

  it('names a missing link with its number and date, and leaves the new computer empty', async () => {
    const { dir, core } = await newComputer();
    const gap = dirs.make('gap');
    for (const f of [full, link2]) copyFileSync(join(stick, f), join(gap, f));
    const e = await expectError(core, 'backup.restoreNew', {
      ...(await chosenSource(core, join(gap, link2), keyFile)),
      linksFolderToken: await chosen(core, 'backupFolder', gap),
      trust: trust(),
    });
    expect(e.code).toBe('BACKUP_CHAIN_LINK_MISSING');
    expect(e.params).toMatchObject({ link: 1, of: 2, made: '2026-12-02T02:00:00.000Z' });
    expect((await core.call('app.status', {})).vault).toBe('none');
    expect(readdirSync(dir).filter((n) => n !== 'signin-throttle.json')).toEqual([]);
  });
});
