import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../shared/i18n/format';
import { wallClockInstant } from '../../../shared/rights/breach';
import { chosen } from '../testing/chosen';
import { appendAudit } from '../audit/audit-log';
import { decryptBuffer } from '../backup/testing/age-tools';
import { translate } from '../../../shared/i18n/translate';
import { readPdf } from '../testing/pdf-text';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';

const suite = useVaultTemplate({ staff: ['counsellor'], ownPasswords: true });
const PASSPHRASE = 'correct-horse-Battery-staple-91';

describe('breach report', () => {
  it('reads a wall clock in the shelter’s zone', () => {
    expect(wallClockInstant('2026-12-06T14:30', 'Africa/Kigali').toISOString()).toBe('2026-12-06T12:30:00.000Z');
    expect(wallClockInstant('2026-07-01T09:00', 'Europe/Paris').toISOString()).toBe('2026-07-01T07:00:00.000Z');
  });

  it('lists what a lost backup held from the history, without its key; the laptop holds everyone; deadlines at 48 and 72 hours', async () => {
    const core = openCore(suite.fresh('breach'));
    await signIn(core, suite.template.manager);
    const a = await core.call('residents.admit', { identity: { givenNames: 'Aline' }, admittedOn: '2025-03-01' });
    await core.call('residents.admit', { identity: { givenNames: 'Bea' }, admittedOn: '2025-03-01' });
    await core.call('residents.profile.save', { residentId: a.id, profile: { status: 'actual', exploitationCountries: ['OM'] } });
    const usb = suite.dirs.make('usb');
    const made = await core.call('backup.create', { folderToken: await chosen(core, 'backupFolder', usb), passphrase: PASSPHRASE });
    // After the backup: a third resident the lost file never held.
    await core.call('residents.admit', { identity: { givenNames: 'Claire' }, admittedOn: '2025-03-01' });

    const backups = await core.call('rights.breachBackups', {});
    expect(backups).toEqual([expect.objectContaining({ fileName: made.fileName, protection: 'passphrase', recipients: 0 })]);
    const lost = await core.call('rights.breachAssess', {
      source: { kind: 'backup', auditSeq: backups[0]!.auditSeq },
      discoveredAt: '2025-06-01T10:00',
    });
    expect(lost.residents).toBe(2);
    expect(lost.categories).toEqual(
      expect.arrayContaining([
        { category: 'identity', residents: 2 },
        { category: 'trafficking_profile', residents: 1 },
      ]),
    );
    expect(lost.layers).toEqual(['age_passphrase', 'sqlcipher', 'sealed']);
    expect(lost).toMatchObject({
      discoveredAt: '2025-06-01T08:00:00.000Z',
      authorityBy: '2025-06-03T08:00:00.000Z',
      personBy: '2025-06-04T08:00:00.000Z',
      timeZone: 'Africa/Kigali',
    });
    const laptop = await core.call('rights.breachAssess', { source: { kind: 'device' }, discoveredAt: '2025-06-01T10:00' });
    expect(laptop.residents).toBe(3);
    expect(laptop.layers).toEqual(['sqlcipher', 'keyring', 'sealed']);

    const future = await expectError(core, 'rights.breachAssess', { source: { kind: 'device' }, discoveredAt: '2999-01-01T00:00' });
    expect(future.fields?.[0]).toMatchObject({ path: 'discoveredAt', message: 'rights.discoveredInFuture' });
    expect(
      (await expectError(core, 'rights.breachAssess', { source: { kind: 'backup', auditSeq: 1 }, discoveredAt: '2025-06-01T10:00' })).code,
    ).toBe('NOT_FOUND');

    const into = suite.dirs.make('breach-pdf');
    await core.call('rights.breachReportPdf', {
      source: { kind: 'backup', auditSeq: backups[0]!.auditSeq },
      discoveredAt: '2025-06-01T10:00',
      destinationToken: await chosen(core, 'reportExport', join(into, 'breach.pdf')),
      locale: 'en',
    });
    const pdf = await readPdf(readFileSync(join(into, 'breach.pdf')));
    const text = pdf.text.replace(/\s+/g, ' ');
    expect(text).toContain('Personal data breach report');
    expect(text).toContain(made.fileName);
    expect(text).toContain(formatDateTime('en', '2025-06-03T08:00:00.000Z', 'Africa/Kigali'));
    expect(text).toContain(formatDateTime('en', '2025-06-04T08:00:00.000Z', 'Africa/Kigali'));
    expect(text).toContain('scrypt');
    expect(text).not.toContain('Aline');
    await core.close();
  });

  it('counts from the summary recorded when the backup was made, exact after later erasures; an older entry is reconstructed and says so', async () => {
    const core = openCore(suite.fresh('breach-summary'));
    await signIn(core, suite.template.manager);
    await core.call('residents.admit', { identity: { givenNames: 'Aline' }, admittedOn: '2025-03-01' });
    const b = await core.call('residents.admit', { identity: { givenNames: 'Bea' }, admittedOn: '2025-03-01' });
    await core.call('residents.profile.save', { residentId: b.id, profile: { status: 'actual', exploitationCountries: ['OM'] } });
    await core.call('residents.discharge', { residentId: b.id, dischargedOn: '2025-04-01', destination: 'family' });
    const made = await core.call('backup.create', {
      folderToken: await chosen(core, 'backupFolder', suite.dirs.make('usb-summary')),
      passphrase: PASSPHRASE,
    });
    // After the backup: one resident more, and Bea (who the lost file holds) erased.
    await core.call('residents.admit', { identity: { givenNames: 'Claire' }, admittedOn: '2025-03-01' });
    await core.call('erasure.erase', { residentId: b.id, approval: { method: 'recoveryKey', recoveryKey: suite.template.recoveryKey } });

    const held = {
      residents: 2,
      categories: expect.arrayContaining([
        { category: 'identity', residents: 2 },
        { category: 'trafficking_profile', residents: 1 },
      ]),
    };
    // In the file itself: the manifest, first member of the tar stream inside age.
    const tar = await decryptBuffer(readFileSync(made.path), { passphrase: PASSPHRASE });
    const manifestSize = parseInt(tar.toString('latin1', 124, 136), 8);
    expect(JSON.parse(tar.toString('utf8', 512, 512 + manifestSize))).toMatchObject({ holdings: held });
    const created = (await core.call('audit.list', { limit: 50 })).find((e) => e.action === 'backup.created')!;
    expect(created.details).toMatchObject({ fileName: made.fileName, holdings: held });
    const [entry] = await core.call('rights.breachBackups', {});
    expect(entry).toMatchObject({ fileName: made.fileName, holdings: held });
    const lost = await core.call('rights.breachAssess', {
      source: { kind: 'backup', auditSeq: entry!.auditSeq },
      discoveredAt: '2025-06-01T10:00',
    });
    expect(lost).toMatchObject({ countsFrom: 'backup_record', ...held });

    // A backup made before summaries were recorded: its log entry has none.
    await appendAudit(core.state.session!.db, {
      action: 'backup.created',
      actorId: null,
      details: { fileName: 'KGL-old.age', fileBytes: 1000, protection: 'passphrase', recipients: 0 },
    });
    const old = (await core.call('rights.breachBackups', {})).find((x) => x.fileName === 'KGL-old.age')!;
    expect(old.holdings).toBeNull();
    const rebuilt = await core.call('rights.breachAssess', {
      source: { kind: 'backup', auditSeq: old.auditSeq },
      discoveredAt: '2025-06-01T10:00',
    });
    // Counted from the live vault: Bea is gone from it, Claire was admitted before this entry.
    expect(rebuilt).toMatchObject({ countsFrom: 'live_vault', residents: 2 });
    const device = await core.call('rights.breachAssess', { source: { kind: 'device' }, discoveredAt: '2025-06-01T10:00' });
    expect(device.countsFrom).toBe('live_vault');

    for (const [seq, key] of [
      [entry!.auditSeq, 'rights.breach.countsFrom.backup_record'],
      [old.auditSeq, 'rights.breach.countsFrom.live_vault_backup'],
    ] as const) {
      const into = suite.dirs.make(`breach-summary-pdf-${seq}`);
      await core.call('rights.breachReportPdf', {
        source: { kind: 'backup', auditSeq: seq },
        discoveredAt: '2025-06-01T10:00',
        destinationToken: await chosen(core, 'reportExport', join(into, 'breach.pdf')),
        locale: 'fr',
      });
      const text = (await readPdf(readFileSync(join(into, 'breach.pdf')))).text.replace(/\s+/g, ' ');
      expect(text).toContain(translate('fr', key).replace(/\s+/g, ' '));
    }
    await core.close();
  });

  it('is the manager’s alone', async () => {
    const core = openCore(suite.fresh('breach-co'));
    await signIn(core, suite.template.staff.counsellor!);
    expect((await expectError(core, 'rights.breachBackups', {})).code).toBe('PERMISSION_DENIED');
    await core.close();
  });
});
