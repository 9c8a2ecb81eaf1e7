import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupScheduleInput } from '../../../../shared/domain/backup-schedule';
import { buildTemplate, copyVault, openCore, signIn, TempDirs, TestClock, type VaultTemplate } from '../../testing/vault-fixture';
import { chosen } from '../../testing/chosen';
import { dailySchedule, scheduledDay } from '../../testing/schedule-input';
import { generateIdentity, parseIdentityFile } from '../age';
import { verifyChain } from './rebuild';
import { verifyBackup } from '../verify';

const DAY = 86_400_000;
const dirs = new TempDirs();
let template: VaultTemplate;
const headOffice = generateIdentity();
const secrets = { identities: parseIdentityFile(`${headOffice.identity}\n`) };

beforeAll(async () => {
  template = await buildTemplate(dirs, {});
});
afterAll(() => dirs.cleanup());

/** A signed-in vault on a test clock, and the schedule a manager saves for `stick`. */
async function scheduledVault(label: string, over: Partial<BackupScheduleInput>) {
  const clock = new TestClock(Date.parse('2026-12-01T02:00:00Z'));
  const core = openCore(copyVault(template.dir, dirs, label), { now: clock.now, scheduledBackups: false });
  await signIn(core, template.manager);
  const stick = dirs.make(`stick-${label}`);
  const input = dailySchedule(await chosen(core, 'backupFolder', stick), template.manager.password, headOffice.recipient, over);
  await core.call('backup.schedule.set', input);
  return { clock, core, stick, input };
}

describe('scheduled backups in chains', () => {
  it('write a full backup, then links until the full one is N days old; rotation keeps every file a kept point needs', async () => {
    const { clock, core, stick } = await scheduledVault('chain', { keepDaily: 1, fullEveryDays: 3, chainMaxPercent: 200 });
    const files = () => readdirSync(stick).sort();
    const day = (name: string) => scheduledDay(core, clock, template.manager, name);

    expect((await core.call('backup.schedule.runNow', {})).outcome).toBe('ok');
    const full1 = 'amizero-KGL-auto-20261201-020000.age';
    expect(files()).toEqual([full1]);
    await day('Keza');
    const link1 = 'amizero-KGL-auto-20261202-020000.link-1.from-20261201-020000.age';
    // Only one day is kept, but the link needs its full backup.
    expect(files()).toEqual([full1, link1]);
    await day('Teta');
    const link2 = 'amizero-KGL-auto-20261203-020000.link-2.from-20261201-020000.age';
    expect(files()).toEqual([full1, link1, link2]);
    // The Backups page lists each restore point and what restoring it needs, from the names alone.
    const points = await core.call('backup.chains', {});
    expect(points.map((p) => [p.fileName, p.kind, p.needs, p.complete])).toEqual([
      [link2, 'link', [full1, link1].sort(), true],
      [link1, 'link', [full1], true],
      [full1, 'full', [], true],
    ]);
    expect(points[0]!.needsBytes).toBe(points.reduce((a, p) => a + p.bytes, 0));
    const summary = await verifyChain(
      files().map((f) => join(stick, f)),
      secrets,
    );
    expect(summary.counts.residents).toBeGreaterThanOrEqual(2);
    expect(summary.createdAt).toBe('2026-12-03T02:00:00.000Z');
    // Three days after the full backup, the rule starts a new one; the old chain is no longer needed.
    await day('Gisa');
    const full2 = 'amizero-KGL-auto-20261204-020000.age';
    expect(files()).toEqual([full2]);
    expect((await verifyBackup(join(stick, full2), secrets)).createdAt).toBe('2026-12-04T02:00:00.000Z');
    await day('Ganza');
    expect(files()).toEqual([full2, 'amizero-KGL-auto-20261205-020000.link-1.from-20261204-020000.age']);
  });

  it('start a new full backup, and write no link, once the next link would pass the set share of the full one', async () => {
    const { clock, core, stick, input } = await scheduledVault('share', { keepDaily: 7, fullEveryDays: 30, chainMaxPercent: 200 });
    const files = () => readdirSync(stick).sort();
    const size = (name: string) => statSync(join(stick, name)).size;
    expect((await core.call('backup.schedule.runNow', {})).outcome).toBe('ok');
    await scheduledDay(core, clock, template.manager, 'Keza');
    const [full1, link1] = files();
    expect(link1).toBe('amizero-KGL-auto-20261202-020000.link-1.from-20261201-020000.age');
    // The share is set so that the chain has less room left than another such day's link.
    const percent = Math.ceil((100 * size(link1!)) / size(full1!));
    const room = (size(full1!) * percent) / 100 - size(link1!);
    expect(room).toBeLessThan(size(link1!) / 2);
    await core.call('backup.schedule.set', { ...input, folderToken: undefined, chainMaxPercent: percent });
    await scheduledDay(core, clock, template.manager, 'Teta');
    const full2 = 'amizero-KGL-auto-20261203-020000.age';
    expect(files()).toEqual([full1, link1, full2]);
    expect((await verifyBackup(join(stick, full2), secrets)).createdAt).toBe('2026-12-03T02:00:00.000Z');
    // The new full backup starts the chain the next day builds on.
    await scheduledDay(core, clock, template.manager, 'Gisa');
    expect(files()).toEqual([full1, link1, full2, 'amizero-KGL-auto-20261204-020000.link-1.from-20261203-020000.age']);
  });

  it('after an erasure (which compacts the vault, rewriting every page) the next run is a full backup, not a link as large', async () => {
    const { clock, core, stick } = await scheduledVault('erasure', { keepDaily: 7, fullEveryDays: 30 });
    const files = () => readdirSync(stick).sort();
    expect((await core.call('backup.schedule.runNow', {})).outcome).toBe('ok');
    await scheduledDay(core, clock, template.manager, 'Keza');
    const her = await core.call('residents.admit', { identity: { givenNames: 'Erased' }, admittedOn: '2026-11-30' });
    await core.call('residents.discharge', { residentId: her.id, dischargedOn: '2026-12-02', destination: 'family' });
    await core.call('erasure.erase', { residentId: her.id, approval: { method: 'recoveryKey', recoveryKey: template.recoveryKey } });
    clock.advance(3_600_000);
    await signIn(core, template.manager);
    expect((await core.call('backup.schedule.runNow', {})).outcome).toBe('ok');
    // The link of the same day is no longer the day's newest point, and no kept point needs it.
    expect(files()).toEqual(['amizero-KGL-auto-20261201-020000.age', 'amizero-KGL-auto-20261202-030000.age']);
    await scheduledDay(core, clock, template.manager, 'Teta');
    expect(files().at(-1)).toBe('amizero-KGL-auto-20261203-030000.link-1.from-20261202-030000.age');
  });

  it('never chain when the rule is 0 days, and chain once it is set', async () => {
    const { clock, core, stick, input } = await scheduledVault('rule0', { fullEveryDays: 0 });
    await core.call('backup.schedule.runNow', {});
    clock.advance(DAY);
    await signIn(core, template.manager);
    await core.call('backup.schedule.runNow', {});
    expect(readdirSync(stick).filter((n) => n.includes('.link-'))).toEqual([]);
    await core.call('backup.schedule.set', { ...input, folderToken: undefined, fullEveryDays: 7 });
    for (let i = 0; i < 2; i++) {
      clock.advance(DAY);
      await signIn(core, template.manager);
      expect((await core.call('backup.schedule.runNow', {})).outcome).toBe('ok');
    }
    // The first run after the change is full (no earlier run started a chain), the next a link.
    expect(readdirSync(stick).filter((n) => n.includes('.link-'))).toHaveLength(1);
  });
});
