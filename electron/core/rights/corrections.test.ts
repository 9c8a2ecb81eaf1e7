import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Core } from '../core';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';
import { requireSession } from '../state';
import { todayIn } from '../../../shared/i18n/format';

const suite = useVaultTemplate({ staff: ['counsellor', 'social_worker'], ownPasswords: true });

async function managerCore(label: string): Promise<Core> {
  const core = openCore(suite.fresh(label));
  await signIn(core, suite.template.manager);
  return core;
}

async function lastChangeSeq(core: Core, residentId: string): Promise<number> {
  const page = await core.call('residents.history', { residentId, limit: 5 });
  return page.entries.find((e) => e.action === 'resident.updated')!.seq;
}

describe('correction requests', () => {
  it('records what she says is wrong, links the change made in the file, keeps the answer and its date', async () => {
    const core = await managerCore('corrections');
    const keza = await core.call('residents.admit', {
      identity: { givenNames: 'Keza', dateOfBirth: '2004-01-01' },
      admittedOn: '2025-03-01',
    });
    const req = await core.call('residents.corrections.record', {
      residentId: keza.id,
      receivedOn: '2025-03-10',
      request: 'REQUEST-MARKER my date of birth is 2004-02-01',
    });
    expect(req).toMatchObject({ receivedOn: '2025-03-10', outcome: null, answeredOn: null, changes: [] });

    // Nothing linked yet: "corrected" is refused, and so is a view of the file.
    expect(
      (
        await expectError(core, 'residents.corrections.answer', {
          residentId: keza.id,
          requestId: req.id,
          answeredOn: '2025-03-12',
          outcome: 'corrected',
        })
      ).code,
    ).toBe('CORRECTION_CHANGE_INVALID');
    await core.call('residents.get', { id: keza.id });
    const viewSeq = (await core.call('residents.history', { residentId: keza.id, limit: 5, includeViews: true })).entries.find(
      (e) => e.action === 'resident.viewed',
    )!.seq;
    expect(
      (await expectError(core, 'residents.corrections.link', { residentId: keza.id, requestId: req.id, auditSeq: viewSeq })).code,
    ).toBe('CORRECTION_CHANGE_INVALID');

    await core.call('residents.update', { id: keza.id, identity: { givenNames: 'Keza', dateOfBirth: '2004-02-01' } });
    const seq = await lastChangeSeq(core, keza.id);
    const linked = await core.call('residents.corrections.link', { residentId: keza.id, requestId: req.id, auditSeq: seq });
    expect(linked.changes).toEqual([expect.objectContaining({ seq, action: 'resident.updated', fields: ['dateOfBirth'] })]);

    expect(
      (
        await expectError(core, 'residents.corrections.answer', {
          residentId: keza.id,
          requestId: req.id,
          answeredOn: '2025-03-09',
          outcome: 'corrected',
        })
      ).fields?.[0],
    ).toMatchObject({ path: 'answeredOn', message: 'rights.answerBeforeReceipt' });
    const answered = await core.call('residents.corrections.answer', {
      residentId: keza.id,
      requestId: req.id,
      answeredOn: '2025-03-12',
      outcome: 'corrected',
      note: 'Told her on the phone',
    });
    expect(answered).toMatchObject({ outcome: 'corrected', answeredOn: '2025-03-12', note: 'Told her on the phone' });
    // Closed once answered: nothing more is linked or answered, and the answer is unchanged.
    expect((await expectError(core, 'residents.corrections.link', { residentId: keza.id, requestId: req.id, auditSeq: seq })).code).toBe(
      'CORRECTION_ANSWERED',
    );
    expect(
      (
        await expectError(core, 'residents.corrections.answer', {
          residentId: keza.id,
          requestId: req.id,
          answeredOn: '2025-03-13',
          outcome: 'refused',
        })
      ).code,
    ).toBe('CORRECTION_ANSWERED');
    expect(await core.call('residents.corrections.list', { residentId: keza.id })).toEqual([answered]);

    // The log names the request and dates, never her words.
    const db = requireSession(core.state).db;
    const log = await sql<{
      action: string;
      details: string;
    }>`SELECT action, details FROM audit_log WHERE action LIKE 'rights.%' ORDER BY seq`.execute(db);
    expect(log.rows.map((r) => r.action)).toEqual(['rights.correction_recorded', 'rights.correction_linked', 'rights.correction_answered']);
    expect(log.rows.some((r) => r.details.includes('REQUEST-MARKER'))).toBe(false);
    await core.close();
  });

  it('links a change made today on the shelter’s clock to a request received today (Kigali is ahead of UTC)', async () => {
    const core = await managerCore('corrections-today');
    const k = await core.call('residents.admit', { identity: { givenNames: 'Kaneza' }, admittedOn: '2025-03-01' });
    // Between 22:00 and 24:00 UTC the shelter's day is already tomorrow's UTC date.
    const today = todayIn('Africa/Kigali');
    const req = await core.call('residents.corrections.record', { residentId: k.id, receivedOn: today, request: 'Name' });
    await core.call('residents.update', { id: k.id, identity: { givenNames: 'Kanéza' } });
    const linked = await core.call('residents.corrections.link', {
      residentId: k.id,
      requestId: req.id,
      auditSeq: await lastChangeSeq(core, k.id),
    });
    expect(linked.changes).toHaveLength(1);
    await core.close();
  });

  it('refuses a change about another resident, a request of another resident, and a counsellor', async () => {
    const core = await managerCore('corrections-refusals');
    const a = await core.call('residents.admit', { identity: { givenNames: 'Aline' }, admittedOn: '2025-03-01' });
    const b = await core.call('residents.admit', { identity: { givenNames: 'Bea' }, admittedOn: '2025-03-01' });
    const req = await core.call('residents.corrections.record', { residentId: a.id, receivedOn: '2025-03-10', request: 'Wrong name' });
    await core.call('residents.update', { id: b.id, identity: { givenNames: 'Beatrice' } });
    const otherSeq = await lastChangeSeq(core, b.id);
    expect((await expectError(core, 'residents.corrections.link', { residentId: a.id, requestId: req.id, auditSeq: otherSeq })).code).toBe(
      'CORRECTION_CHANGE_INVALID',
    );
    expect((await expectError(core, 'residents.corrections.link', { residentId: b.id, requestId: req.id, auditSeq: otherSeq })).code).toBe(
      'NOT_FOUND',
    );
    expect((await core.call('residents.corrections.list', { residentId: a.id }))[0]!.changes).toEqual([]);
    await core.lock('manual');
    await signIn(core, suite.template.staff.counsellor!);
    expect((await expectError(core, 'residents.corrections.list', { residentId: a.id })).code).toBe('PERMISSION_DENIED');
    expect(
      (await expectError(core, 'residents.corrections.record', { residentId: a.id, receivedOn: '2025-03-10', request: 'x' })).code,
    ).toBe('PERMISSION_DENIED');
    await core.close();
  });
});
