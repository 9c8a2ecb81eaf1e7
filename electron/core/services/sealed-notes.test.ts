import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../../shared/contract';
import type { Role } from '../../../shared/roles';
import { NOTE_DRAFT_MAX, NOTES_MAX } from '../../../shared/rehabilitation/validation';
import type { Core } from '../core';
import { runDoctor } from '../doctor';
import { encodings } from '../testing/files';
import { dataKeyOf, openRaw } from '../testing/raw-db';
import { offlineRead } from '../testing/sealed-fixtures';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';

/**
 * Counselling notes are sealed: only counsellor and manager sessions (and the recovery key)
 * open them. Everyone else is refused through every channel, and reading the database with
 * the data key finds ciphertext only.
 */
const suite = useVaultTemplate({ staff: ['counsellor', 'social_worker', 'reporting'], ownPasswords: true, residentAccess: 'all' });

const NOTE = 'NOTE-MARKER-she-spoke-of-the-recruiter';
const DRAFT = 'DRAFT-MARKER-unfinished-thought';
const GROUP_DRAFT = 'GROUP-DRAFT-MARKER-the-circle-spoke-of-home';

let core: Core;
let dataDir: string;
let residentId: string;
let sessionId: string;

async function as(role: Role): Promise<void> {
  if (core.state.session?.user.role === role) return;
  await core.lock('manual');
  await signIn(core, role === 'manager' ? suite.template.manager : suite.template.staff[role]!);
}

function contains(hay: Buffer, text: string): boolean {
  return encodings(text).some((e) => hay.includes(e.bytes));
}

beforeAll(async () => {
  dataDir = suite.fresh('sealed-notes');
  core = openCore(dataDir);
  await signIn(core, suite.template.manager);
  residentId = (await core.call('residents.admit', { identity: { givenNames: 'Keza' }, admittedOn: '2025-03-01' })).id;
  await as('counsellor');
  const list = await core.call('residents.sessions.save', {
    residentId,
    type: 'individual',
    startsAt: new Date(Date.now() - 86_400_000).toISOString(),
    durationMinutes: 50,
    counsellorId: suite.template.staff.counsellor!.id,
    notes: NOTE,
    participant: { attendance: 'attended', who5: [1, 2, 1, 2, 1], distress: 8 },
  });
  sessionId = list[0]!.id;
  await core.call('residents.noteDrafts.save', { residentId, sessionId, notes: DRAFT });
  await core.call('residents.noteDrafts.save', { residentId, sessionId: 'group', notes: GROUP_DRAFT });
}, 120_000);
afterAll(() => core.close());

describe('sealed counselling notes', () => {
  it('opens them for the counsellor and audits the opening, never the words', async () => {
    await as('counsellor');
    expect(await core.call('residents.sessions.notes', { residentId, sessionId })).toEqual({ sessionId, notes: NOTE });
    await as('manager');
    expect((await core.call('residents.sessions.notes', { residentId, sessionId })).notes).toBe(NOTE);
    const audit = await core.call('audit.list', { limit: 50 });
    expect(audit.filter((e) => e.action === 'counselling.notes_viewed')).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain(NOTE);
  });

  it('keeps a draft through a lock: sealed, restored after unlock, for its author only', async () => {
    await as('counsellor');
    await core.lock('idle');
    await signIn(core, suite.template.staff.counsellor!);
    expect((await core.call('residents.noteDrafts.get', { residentId, sessionId }))?.notes).toBe(DRAFT);
    await as('manager');
    expect(await core.call('residents.noteDrafts.get', { residentId, sessionId })).toBeNull();
  });

  it('keeps a draft longer than saved notes may be, so a lock while she trims it loses nothing', async () => {
    await as('counsellor');
    const long = 'w'.repeat(NOTES_MAX + 500);
    await core.call('residents.noteDrafts.save', { residentId, sessionId: 'new', notes: long });
    expect((await core.call('residents.noteDrafts.get', { residentId, sessionId: 'new' }))?.notes).toBe(long);
    await core.call('residents.noteDrafts.clear', { residentId, sessionId: 'new' });
    expect(
      (await expectError(core, 'residents.noteDrafts.save', { residentId, sessionId: 'new', notes: 'w'.repeat(NOTE_DRAFT_MAX + 1) })).code,
    ).toBe('VALIDATION');
  });

  it("keeps a group session's draft through a lock: sealed, found again from any screen, for its author only", async () => {
    await as('counsellor');
    await core.lock('idle');
    await signIn(core, suite.template.staff.counsellor!);
    expect(await core.call('counselling.groupNoteDraft', {})).toMatchObject({ residentId, notes: GROUP_DRAFT });
    expect((await core.call('residents.noteDrafts.get', { residentId, sessionId: 'group' }))?.notes).toBe(GROUP_DRAFT);
    await as('manager');
    expect(await core.call('counselling.groupNoteDraft', {})).toBeNull();
  });

  it('shows a social worker that the session happened, and refuses her every channel to notes, scores and drafts', async () => {
    await as('social_worker');
    expect(core.state.session!.heldCategories()).not.toContain('counselling_notes');
    const [s] = await core.call('residents.sessions.list', { residentId });
    expect(s).toMatchObject({ id: sessionId, attendance: 'attended', type: 'individual', hasNotes: false, clinical: null });
    const refused: [ChannelName, unknown][] = [
      ['residents.sessions.notes', { residentId, sessionId }],
      ['residents.noteDrafts.get', { residentId, sessionId }],
      ['residents.noteDrafts.save', { residentId, sessionId, notes: 'x' }],
      ['residents.noteDrafts.clear', { residentId, sessionId }],
      ['residents.noteDrafts.get', { residentId, sessionId: 'group' }],
      ['residents.noteDrafts.save', { residentId, sessionId: 'group', notes: 'x' }],
      ['counselling.groupNoteDraft', {}],
      [
        'residents.sessions.save',
        {
          residentId,
          type: 'individual',
          startsAt: new Date().toISOString(),
          durationMinutes: 30,
          counsellorId: suite.template.staff.counsellor!.id,
          participant: { attendance: 'attended' },
        },
      ],
    ];
    for (const [channel, input] of refused) expect((await expectError(core, channel, input)).code, channel).toBe('PERMISSION_DENIED');
  });

  it('refuses the reporting role every resident channel of counselling', async () => {
    await as('reporting');
    expect(core.state.session!.heldCategories()).not.toContain('counselling_notes');
    for (const channel of ['residents.sessions.list', 'residents.sessions.notes', 'residents.plan.get'] as const)
      expect((await expectError(core, channel, { residentId, sessionId })).code, channel).toBe('PERMISSION_DENIED');
    expect((await expectError(core, 'counselling.groupNoteDraft', {})).code).toBe('PERMISSION_DENIED');
  });

  it('leaves only ciphertext to whoever reads the database with the data key', async () => {
    await core.lock('manual');
    const pages = await offlineRead(dataDir, suite.template.staff.social_worker!);
    expect(contains(pages, NOTE)).toBe(false);
    expect(contains(pages, DRAFT)).toBe(false);
    expect(contains(pages, GROUP_DRAFT)).toBe(false);
    // The raw read does reach the database: the WHO-5 items of the session, stored in the clear inside it, are there.
    expect(pages.includes(Buffer.from('[1,2,1,2,1]'))).toBe(true);
    const raw = openRaw(dataDir, await dataKeyOf(dataDir, suite.template.recoveryKey));
    try {
      const row = raw.prepare('SELECT sealed_notes FROM counselling_sessions WHERE id = ?').get(sessionId) as { sealed_notes: Buffer };
      expect(row.sealed_notes.length).toBeGreaterThan(NOTE.length);
      expect(contains(row.sealed_notes, NOTE)).toBe(false);
    } finally {
      raw.close();
    }
  });

  it('lets doctor open every sealed note for an entitled account, and name one that does not open', async () => {
    await core.lock('manual');
    const ok = await runDoctor(dataDir, suite.template.staff.counsellor!.username, suite.template.staff.counsellor!.password);
    const sealed = ok.checks.find((c) => c.id === 'sealed')!;
    expect(sealed.status).toBe('ok');
    expect(sealed.detail).toContain('3 sealed counselling note(s) and draft(s), all open');
    const raw = openRaw(dataDir, await dataKeyOf(dataDir, suite.template.recoveryKey));
    try {
      // The sealed value of another row: right key, wrong row, so it must not open here.
      const blob = raw.prepare('SELECT sealed FROM counselling_note_drafts').pluck().get() as Buffer;
      raw.prepare('UPDATE counselling_sessions SET sealed_notes = ? WHERE id = ?').run(blob, sessionId);
    } finally {
      raw.close();
    }
    const bad = await runDoctor(dataDir, suite.template.staff.counsellor!.username, suite.template.staff.counsellor!.password);
    expect(bad.checks.find((c) => c.id === 'sealed')).toMatchObject({ status: 'failed' });
  });
});

describe('re-keying with sealed notes', () => {
  it('reseals notes and drafts under the new counselling-notes key', async () => {
    const dir = suite.fresh('notes-rekey');
    const c = openCore(dir);
    try {
      await signIn(c, suite.template.manager);
      const id = (await c.call('residents.admit', { identity: { givenNames: 'Ange' }, admittedOn: '2025-03-01' })).id;
      const [s] = await c.call('residents.sessions.save', {
        residentId: id,
        type: 'family',
        startsAt: new Date(Date.now() - 86_400_000).toISOString(),
        durationMinutes: 60,
        counsellorId: suite.template.manager.id,
        notes: NOTE,
        participant: { attendance: 'attended' },
      });
      await c.call('residents.noteDrafts.save', { residentId: id, sessionId: s!.id, notes: DRAFT });
      await c.call('residents.noteDrafts.save', { residentId: id, sessionId: 'group', notes: GROUP_DRAFT });
      const result = await c.call('keys.rotate', { reason: 'routine' });
      expect(result.sealedRows).toBe(3);
      expect((await c.call('residents.sessions.notes', { residentId: id, sessionId: s!.id })).notes).toBe(NOTE);
      expect((await c.call('residents.noteDrafts.get', { residentId: id, sessionId: s!.id }))?.notes).toBe(DRAFT);
      expect((await c.call('counselling.groupNoteDraft', {}))?.notes).toBe(GROUP_DRAFT);
    } finally {
      await c.close();
    }
  }, 60_000);
});

describe("a group session's draft", () => {
  it('is one per author, follows the first resident chosen, and saving the group clears it and nothing else', async () => {
    const dir = suite.fresh('group-draft');
    const c = openCore(dir);
    try {
      await signIn(c, suite.template.manager);
      const admit = async (givenNames: string) =>
        (await c.call('residents.admit', { identity: { givenNames }, admittedOn: '2025-03-01' })).id;
      const [a, b] = [await admit('Aline'), await admit('Belise')];
      await c.lock('manual');
      await signIn(c, suite.template.staff.counsellor!);
      await c.call('residents.noteDrafts.save', { residentId: a, sessionId: 'new', notes: DRAFT });
      await c.call('residents.noteDrafts.save', { residentId: a, sessionId: 'group', notes: 'first words' });
      // She took Aline off the list: the draft now hangs on Belise, and only there.
      await c.call('residents.noteDrafts.save', { residentId: b, sessionId: 'group', notes: GROUP_DRAFT });
      expect(await c.call('residents.noteDrafts.get', { residentId: a, sessionId: 'group' })).toBeNull();
      expect(await c.call('counselling.groupNoteDraft', {})).toMatchObject({ residentId: b, notes: GROUP_DRAFT });
      await c.call('residents.sessions.saveGroup', {
        title: 'Circle',
        startsAt: new Date(Date.now() - 3_600_000).toISOString(),
        durationMinutes: 60,
        counsellorId: suite.template.staff.counsellor!.id,
        notes: GROUP_DRAFT,
        participants: [
          { residentId: a, attendance: 'attended' },
          { residentId: b, attendance: 'attended' },
        ],
      });
      expect(await c.call('counselling.groupNoteDraft', {})).toBeNull();
      // Her unfinished notes of Aline's own session are not the group's: they stay.
      expect((await c.call('residents.noteDrafts.get', { residentId: a, sessionId: 'new' }))?.notes).toBe(DRAFT);
    } finally {
      await c.close();
    }
  }, 60_000);
});
