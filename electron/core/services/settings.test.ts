import { describe, expect, it } from 'vitest';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';

const suite = useVaultTemplate({ staff: ['reporting'] });

describe('settings', () => {
  it('an update is saved and audited with what changed, from and to', async () => {
    const core = openCore(suite.fresh());
    await signIn(core, suite.template.manager);
    const before = await core.call('settings.get', {});
    expect(before).toMatchObject({
      organisationName: suite.template.organisationName,
      siteCode: 'KGL',
      idleLockMinutes: 5,
      timeZone: 'Africa/Kigali',
    });

    const after = await core.call('settings.update', { organisationName: 'Renamed Shelter', idleLockMinutes: 12, siteCode: 'hye' });
    expect(after).toMatchObject({ organisationName: 'Renamed Shelter', idleLockMinutes: 12, siteCode: 'HYE' });
    expect(await core.call('settings.get', {})).toEqual(after);

    const entries = (await core.call('audit.list', { limit: 500 })).filter((e) => e.action === 'settings.changed');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: suite.template.manager.id, targetType: 'settings' });
    expect(entries[0]!.details.changes).toEqual(
      expect.arrayContaining([
        { key: 'organisationName', from: suite.template.organisationName, to: 'Renamed Shelter' },
        { key: 'idleLockMinutes', from: 5, to: 12 },
        { key: 'siteCode', from: 'KGL', to: 'HYE' },
      ]),
    );

    // Saving the same values again changes nothing and logs nothing.
    await core.call('settings.update', { idleLockMinutes: 12 });
    expect((await core.call('audit.list', { limit: 500 })).filter((e) => e.action === 'settings.changed')).toHaveLength(1);

    await core.call('auth.lock', { reason: 'manual' });
    await signIn(core, suite.template.manager);
    expect(await core.call('settings.get', {})).toEqual(after);
    await core.close();
  });

  it('refuses invalid values with field errors and saves none of the patch', async () => {
    const core = openCore(suite.fresh());
    await signIn(core, suite.template.manager);
    const before = await core.call('settings.get', {});
    for (const patch of [
      { idleLockMinutes: 0 },
      { timeZone: 'Mars/Olympus_Mons' },
      { siteCode: 'TOO-LONG-CODE' },
      { stayLimitDays: 5, idleLockMinutes: 10 },
    ]) {
      const e = await expectError(core, 'settings.update', patch);
      expect(e.code).toBe('VALIDATION');
      expect(e.fields?.length).toBeGreaterThan(0);
    }
    expect(await core.call('settings.get', {})).toEqual(before);
    await core.close();
  });

  it('every role can read the settings', async () => {
    const core = openCore(suite.fresh());
    await signIn(core, suite.template.staff.reporting!);
    expect((await core.call('settings.get', {})).organisationName).toBe(suite.template.organisationName);
    await core.close();
  });
});
