import { describe, expect, it } from 'vitest';
import type { Core } from '../core';
import type { HistoryEntry } from '../../../shared/domain/resident-care';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';
import { residentCareRepo } from '../repositories/residents-care';
import { toHistoryEntry, VIEW_ACTIONS } from './residents-history';

const suite = useVaultTemplate({ staff: ['counsellor', 'social_worker', 'reporting'], ownPasswords: true });

async function freshCore(): Promise<Core> {
  const core = openCore(suite.fresh('history'));
  await signIn(core, suite.template.manager);
  return core;
}

/** Field order is each service's own; History only promises the names. */
const brief = (e: HistoryEntry) => [e.action, e.section, [...e.fields].sort(), e.purpose];

describe('resident history', () => {
  it('shows views and every change to the file, newest first, by whom, with field names and never values', async () => {
    const core = await freshCore();
    const { manager } = suite.template;
    const { social_worker: sw, counsellor: co } = suite.template.staff;
    const room = await core.call('residents.createRoom', { name: 'Room 1', beds: ['A', 'B'] });
    const keza = await core.call('residents.admit', {
      identity: { givenNames: 'Keza', phone: '+250 788 000 111', healthNotes: 'HEALTH-MARKER' },
      admittedOn: '2025-03-01',
      bedId: room.beds[0]!.id,
    });
    const other = await core.call('residents.admit', { identity: { givenNames: 'Other' }, admittedOn: '2025-03-01' });
    await core.call('residents.get', { id: keza.id });
    await core.call('residents.update', {
      id: keza.id,
      identity: { givenNames: 'Keza', phone: '+250 788 999 222', healthNotes: 'HEALTH-MARKER-2' },
    });
    await core.call('residents.assignBed', { residentId: keza.id, bedId: room.beds[1]!.id, from: '2025-04-01' });
    await core.call('residents.profile.save', {
      residentId: keza.id,
      profile: { status: 'actual', notes: 'ACCOUNT-MARKER', exploitationPlace: 'PLACE-MARKER', exploitationCountries: ['OM'] },
    });
    const consent = await core.call('residents.consents.record', {
      residentId: keza.id,
      purpose: 'sharing',
      partnerIds: ['partner-seed-ngo'],
      categories: ['identity'],
      givenOn: '2025-03-02',
      method: 'oral_witnessed',
      witnessName: 'WITNESS-MARKER',
      givenBy: 'resident',
    });
    await core.call('residents.consents.withdraw', { consentId: consent.consent.id, withdrawnOn: '2025-05-01', reason: 'REASON-MARKER' });
    await core.call('residents.care.update', { residentId: keza.id, socialWorkerId: sw!.id, counsellorId: co!.id, riskLevel: 'high' });
    await core.call('residents.discharge', {
      residentId: keza.id,
      dischargedOn: '2025-08-01',
      destination: 'family',
      reason: 'DISCHARGE-MARKER',
    });
    await core.call('residents.readmit', { residentId: keza.id, admittedOn: '2025-09-01' });
    await core.call('residents.consents.list', { residentId: keza.id });
    await signIn(core, co!);
    await core.call('residents.profile.get', { residentId: keza.id });

    const page = await core.call('residents.history', { residentId: keza.id });
    expect(page.nextBeforeSeq).toBeNull();
    expect(page.entries.map(brief)).toEqual([
      ['resident.viewed', 'profile', [], null],
      ['resident.viewed', 'consent', [], null],
      ['resident.readmitted', 'stay', ['admittedOn'], null],
      ['resident.discharged', 'stay', ['destination', 'dischargedOn'], null],
      ['resident.care_updated', 'care', ['counsellor', 'riskLevel', 'socialWorker'], null],
      ['resident.consent_withdrawn', 'consent', ['withdrawalReason', 'withdrawnOn'], 'sharing'],
      [
        'resident.consent_recorded',
        'consent',
        ['categories', 'givenBy', 'givenOn', 'method', 'partners', 'purpose', 'witnessName'],
        'sharing',
      ],
      ['resident.profile_updated', 'profile', ['exploitationCountries', 'exploitationPlace', 'notes', 'status'], null],
      ['resident.bed_assigned', 'bed', ['bed'], null],
      ['resident.updated', 'identity', ['healthNotes', 'phone'], null],
      ['resident.viewed', null, [], null],
      ['resident.bed_assigned', 'bed', ['bed'], null],
      ['resident.created', 'identity', expect.arrayContaining(['givenNames', 'phone', 'healthNotes']), null],
    ]);
    expect(page.entries[0]!.actorName).toBe(co!.fullName);
    expect(new Set(page.entries.slice(1).map((e) => e.actorName))).toEqual(new Set([manager.fullName]));
    for (let i = 1; i < page.entries.length; i++) expect(page.entries[i - 1]!.seq).toBeGreaterThan(page.entries[i]!.seq);
    // Each entry's time is its own field and can read "…10.788Z": the values are looked for in the rest.
    for (const e of page.entries) expect(e.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const text = JSON.stringify(page.entries.map(({ at: _at, ...rest }) => rest));
    expect(text).not.toMatch(/MARKER|788|OM|family|Room|Other/);
    expect(text).not.toContain(other.id);
    expect(text).not.toContain(room.beds[0]!.id);
  });

  it('pages with beforeSeq and can leave views out', async () => {
    const core = await freshCore();
    const keza = await core.call('residents.admit', { identity: { givenNames: 'Keza' }, admittedOn: '2025-03-01' });
    for (let i = 0; i < 3; i++) await core.call('residents.get', { id: keza.id });
    await core.call('residents.care.update', { residentId: keza.id, riskLevel: 'moderate' });

    const first = await core.call('residents.history', { residentId: keza.id, limit: 2 });
    expect(first.entries.map((e) => e.action)).toEqual(['resident.care_updated', 'resident.viewed']);
    expect(first.nextBeforeSeq).toBe(first.entries[1]!.seq);
    const second = await core.call('residents.history', { residentId: keza.id, limit: 2, beforeSeq: first.nextBeforeSeq! });
    expect(second.entries.map((e) => e.action)).toEqual(['resident.viewed', 'resident.viewed']);
    const last = await core.call('residents.history', { residentId: keza.id, limit: 2, beforeSeq: second.nextBeforeSeq! });
    expect(last.entries.map((e) => e.action)).toEqual(['resident.created']);
    expect(last.nextBeforeSeq).toBeNull();

    const changes = await core.call('residents.history', { residentId: keza.id, includeViews: false });
    expect(changes.entries.map((e) => e.action)).toEqual(['resident.care_updated', 'resident.created']);
  });

  it('reads a page through the audit target index without sorting the log', async () => {
    const core = await freshCore();
    const session = core.state.session!;
    for (const o of [
      { limit: 51, excludeActions: [] },
      { limit: 51, beforeSeq: 100, excludeActions: VIEW_ACTIONS },
    ]) {
      const compiled = residentCareRepo.historyQuery(session.db, 'some-id', o).compile();
      const plan = session.sqlite.prepare(`EXPLAIN QUERY PLAN ${compiled.sql}`).all(...compiled.parameters) as { detail: string }[];
      const details = plan.map((p) => p.detail).join(' | ');
      expect(details).toContain('audit_log_target');
      expect(details).not.toContain('TEMP B-TREE');
    }
  });

  it('is read by the file readers assigned to her, not by others nor the reporting role', async () => {
    const core = await freshCore();
    const keza = await core.call('residents.admit', { identity: { givenNames: 'Keza' }, admittedOn: '2025-03-01' });
    for (const role of ['counsellor', 'social_worker'] as const) {
      await signIn(core, suite.template.staff[role]!);
      expect((await expectError(core, 'residents.history', { residentId: keza.id })).code).toBe('RESIDENT_NOT_ASSIGNED');
    }
    await signIn(core, suite.template.manager);
    const { social_worker: sw, counsellor: co } = suite.template.staff;
    await core.call('residents.care.update', { residentId: keza.id, socialWorkerId: sw!.id, counsellorId: co!.id });
    for (const role of ['counsellor', 'social_worker'] as const) {
      await signIn(core, suite.template.staff[role]!);
      expect((await core.call('residents.history', { residentId: keza.id })).entries.at(-1)!.action).toBe('resident.created');
    }
    await signIn(core, suite.template.staff.reporting!);
    expect((await expectError(core, 'residents.history', { residentId: keza.id })).code).toBe('PERMISSION_DENIED');
    await signIn(core, suite.template.manager);
    expect((await expectError(core, 'residents.history', { residentId: 'nobody' })).code).toBe('NOT_FOUND');
  });

  it('takes only field names, section and purpose from an entry, whatever else its details hold', () => {
    const entry = toHistoryEntry({
      seq: 7,
      at: '2026-01-01T00:00:00.000Z',
      action: 'resident.document_viewed',
      actor_name: null,
      details: JSON.stringify({ fields: ['file'], purpose: 'not-a-purpose', value: 'SECRET', fileName: 'SECRET.pdf' }),
    });
    expect(entry).toEqual({
      seq: 7,
      at: '2026-01-01T00:00:00.000Z',
      actorName: null,
      action: 'resident.document_viewed',
      section: null,
      fields: ['file'],
      purpose: null,
    });
  });
});
