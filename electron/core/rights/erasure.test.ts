import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateIdentity } from '../backup/age';
import { DB_FILE, KEYRING_FILE } from '../paths';
import { copyVault, expectError, openCore, signIn, buildTemplate, TempDirs, type VaultTemplate } from '../testing/vault-fixture';
import { chosen, chosenSource } from '../testing/chosen';
import { dataKeyOf, editKeyring, openRaw } from '../testing/raw-db';
import { decryptedPages } from '../testing/decrypted-pages';
import { encodings, listFiles } from '../testing/files';
import type { Core } from '../core';
import { REINTEGRATION_INDICATOR_IDS, type ReintegrationIndicator } from '../../../shared/enums/reintegration';

/**
 * Erasure against a real vault: a resident with a marker in every table the data map
 * names, erased, then every file of the data folder read (and the database and its WAL
 * decrypted page by page, free pages included) for any of her markers. Then a backup
 * made before the erasure is restored, and she must still be gone; a copy an earlier
 * restore set aside is purged too.
 */
const RUN = randomBytes(4).toString('hex').toUpperCase();
const marker = (what: string) => `Er${RUN}${what}`;
const M = {
  given: marker('Given'),
  family: marker('Family'),
  alias: marker('Alias'),
  health: marker('Health'),
  idNumber: marker('IdNo'),
  officer: marker('Officer'),
  place: marker('Place'),
  profile: marker('Account'),
  witness: marker('Witness'),
  docTitle: marker('DocTitle'),
  docBytes: marker('DocBytes'),
  referralReason: marker('RefReason'),
  goal: marker('Goal'),
  topics: marker('Topics'),
  decision: marker('Decision'),
  discharge: marker('Discharge'),
  household: marker('Household'),
  wishes: marker('Wishes'),
  findings: marker('Findings'),
  draft: marker('Draft'),
};
/** A name word she shares with another resident: it must stay, since the other still carries it. */
const SHARED_WORD = 'Mukamana';

const dirs = new TempDirs();
let template: VaultTemplate;
let dek: Buffer;
beforeAll(async () => {
  template = await buildTemplate(dirs, { staff: ['manager'], ownPasswords: true, manager: { username: 'head.manager' } });
  dek = await dataKeyOf(template.dir, template.recoveryKey);
}, 120_000);
afterAll(() => {
  dek?.fill(0);
  return dirs.cleanup();
});

const today = new Date().toISOString().slice(0, 10);
const second = () => ({
  method: 'manager' as const,
  username: template.staff.manager!.username,
  password: template.staff.manager!.password,
});

async function admitHer(core: Core): Promise<string> {
  const partner = await core.call('partners.save', { type: 'legal_aid', name: 'Legal Aid Rwanda' });
  const file = await core.call('residents.admit', {
    identity: {
      givenNames: M.given,
      familyName: `${M.family} ${SHARED_WORD}`,
      otherNames: [M.alias],
      healthNotes: M.health,
      idDocument: { type: 'national_id', number: M.idNumber },
      estimatedAgeYears: 19,
    },
    origin: { country: 'RW', place: M.place },
    referral: { sourceType: 'ngo', organisationName: 'Isange', referringOfficer: M.officer },
    admittedOn: today,
  });
  const id = file.id;
  await core.call('residents.profile.save', {
    residentId: id,
    profile: { status: 'actual', exploitationTypes: ['forced_labour'], notes: M.profile },
  });
  await core.call('residents.consents.record', {
    residentId: id,
    purpose: 'sharing',
    partnerIds: [partner.id],
    categories: ['identity'],
    givenOn: today,
    method: 'oral_witnessed',
    witnessName: M.witness,
    givenBy: 'resident',
  });
  await core.call('residents.documents.attach', {
    residentId: id,
    kind: 'medical',
    title: M.docTitle,
    originalName: 'scan.pdf',
    contentBase64: Buffer.from(`%PDF-1.4\n% ${M.docBytes}\n%%EOF\n`, 'latin1').toString('base64'),
  });
  const referral = await core.call('residents.referralsOut.create', {
    residentId: id,
    partnerId: partner.id,
    categories: ['identity'],
    reason: M.referralReason,
    referredOn: today,
  });
  await core.call('residents.referralsOut.update', { id: referral.id, status: 'accepted' });
  await core.call('residents.plan.save', {
    residentId: id,
    nextReviewOn: null,
    baseVersion: 0,
    goals: [
      { domain: 'psychosocial', description: M.goal, targetOn: null, responsibleId: null, status: 'in_progress', droppedReason: null },
    ],
  });
  await core.call('residents.sessions.save', {
    residentId: id,
    type: 'individual',
    startsAt: new Date(Date.now() - 3_600_000).toISOString(),
    durationMinutes: 45,
    counsellorId: template.manager.id,
    topicsOther: M.topics,
    participant: { attendance: 'attended', who5: [2, 3, 2, 3, 2] },
  });
  await core.call('residents.conferences.save', {
    residentId: id,
    heldOn: today,
    attendees: [{ kind: 'resident' }],
    decisions: M.decision,
  });
  await core.call('drafts.save', { formKey: `stay.discharge:${id}`, data: { reason: M.draft } });
  await core.call('residents.discharge', { residentId: id, dischargedOn: today, destination: 'family', reason: M.discharge });
  await core.call('residents.consents.record', {
    residentId: id,
    purpose: 'follow_up_contact',
    givenOn: today,
    method: 'written',
    givenBy: 'resident',
  });
  await core.call('residents.reintegration.savePlan', {
    residentId: id,
    destinationType: 'relatives',
    destination: { country: 'RW', province: 'South', district: 'Nyamagabe' },
    householdContact: { name: M.household, relationship: 'Aunt' },
    risk: 'high',
    wishes: M.wishes,
  });
  await core.call('residents.reintegration.startSchedule', { residentId: id });
  const [visit] = (await core.call('residents.reintegration.get', { residentId: id })).visits;
  await core.call('residents.reintegration.recordVisit', {
    visitId: visit!.id,
    visitedOn: today,
    mode: 'home_visit',
    visitors: 'Social worker',
    reached: true,
    findings: M.findings,
    ratings: Object.fromEntries(REINTEGRATION_INDICATOR_IDS.map((k) => [k, 3])) as Record<ReintegrationIndicator, number>,
  });
  return id;
}

/** Markers of hers found in the data folder: raw bytes of every file, and the decrypted pages of each database and WAL. */
function hitsIn(dataDir: string): string[] {
  const needles = Object.values(M).flatMap((m) => encodings(m).map((e) => ({ ...e, label: `${m}:${e.label}` })));
  const hits: string[] = [];
  for (const rel of listFiles(dataDir)) {
    const file = join(dataDir, rel);
    let content = readFileSync(file);
    if (rel.endsWith(DB_FILE)) content = Buffer.concat([content, decryptedPages(file, dek)]);
    for (const n of needles) if (content.includes(n.bytes)) hits.push(`${rel}: ${n.label}`);
  }
  return hits;
}

async function backup(core: Core, folder: string, recipient: string): Promise<string> {
  const r = await core.call('backup.create', {
    folderToken: await chosen(core, 'backupFolder', folder),
    recipients: [recipient],
    password: template.manager.password,
  });
  return r.path;
}

async function restore(core: Core, file: string, identityPath: string): Promise<void> {
  await core.call('backup.restore', {
    ...(await chosenSource(core, file, identityPath)),
    trust: { method: 'account', username: template.manager.username, password: template.manager.password },
  });
}

describe('erasure', () => {
  it('refuses an open stay, her own account, a wrong password or recovery key, and changes nothing', async () => {
    const dataDir = copyVault(template.dir, dirs, 'refusals');
    const core = openCore(dataDir);
    await signIn(core, template.manager);
    const file = await core.call('residents.admit', { identity: { givenNames: M.given, estimatedAgeYears: 20 }, admittedOn: today });
    const erase = (approval: unknown) => expectError(core, 'erasure.erase', { residentId: file.id, approval } as never);
    expect((await erase(second())).code).toBe('ERASE_OPEN_STAY');
    await core.call('residents.discharge', { residentId: file.id, dischargedOn: today, destination: 'family' });
    expect((await erase({ method: 'manager', username: template.manager.username, password: template.manager.password })).code).toBe(
      'ERASE_SAME_ACCOUNT',
    );
    expect((await erase({ ...second(), password: 'Not-the-Password-11' })).code).toBe('WRONG_CREDENTIALS');
    expect((await erase({ method: 'recoveryKey', recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH-JJJJ' })).code).toBe(
      'RECOVERY_KEY_INVALID',
    );
    expect((await core.call('residents.get', { id: file.id })).identity.givenNames).toBe(M.given);
    // The recovery key approves too.
    const r = await core.call('erasure.erase', {
      residentId: file.id,
      approval: { method: 'recoveryKey', recoveryKey: template.recoveryKey },
    });
    expect(r.rowsRemoved).toBeGreaterThan(1);
    expect((await expectError(core, 'residents.get', { id: file.id })).code).toMatch(/NOT_FOUND|RESIDENT_NOT_ASSIGNED/);
    await core.close();
  }, 120_000);

  it('leaves none of her markers in any file, and she stays erased after restoring an older backup', async () => {
    const dataDir = copyVault(template.dir, dirs, 'erase');
    const backupDir = dirs.make('usb');
    const key = generateIdentity();
    const identityPath = join(dirs.make('head-office'), 'identity.txt');
    writeFileSync(identityPath, `${key.identity}\n`, { mode: 0o600 });
    const core = openCore(dataDir);
    await signIn(core, template.manager);
    const other = await core.call('residents.admit', {
      identity: { givenNames: 'Alice', familyName: SHARED_WORD, estimatedAgeYears: 22 },
      admittedOn: today,
    });
    const herId = await admitHer(core);
    const preview = await core.call('erasure.preview', { residentId: herId });
    expect(Object.keys(preview.counts).length).toBeGreaterThan(15);
    const before = await backup(core, backupDir, key.recipient);
    // An earlier restore of that backup leaves a previous-… copy holding her.
    await restore(core, before, identityPath);
    await signIn(core, template.manager);
    await core.call('auth.lock', { reason: 'manual' });
    // Positive control: her words are readable once the pages are decrypted, so a clean sweep later means something.
    expect(hitsIn(dataDir).length).toBeGreaterThan(10);
    await signIn(core, template.manager);

    const result = await core.call('erasure.erase', { residentId: herId, approval: second() });
    // Still signed in: the WAL and free pages of the open database are swept, not only what a lock leaves.
    expect(hitsIn(dataDir)).toEqual([]);
    expect(result).toMatchObject({ previousPurged: 1, previousRemoved: 0 });
    expect(result.rowsRemoved).toBeGreaterThan(20);
    // The other resident and the name word she shares are still found.
    expect((await core.call('residents.search', { query: SHARED_WORD })).items.map((i) => i.id)).toEqual([other.id]);
    expect((await core.call('residents.search', { query: M.given.slice(0, 9) })).items).toEqual([]);
    const entries = await core.call('audit.list', { limit: 20 });
    const erased = JSON.stringify(entries.filter((e) => e.action === 'resident.erased'));
    expect(erased).toContain('resident.erased');
    expect(erased).not.toContain(preview.code);
    expect(erased).not.toContain(M.given);
    await core.call('auth.lock', { reason: 'manual' });
    expect(hitsIn(dataDir)).toEqual([]);
    expect(readdirSync(dataDir).filter((n) => n.startsWith('previous-')).length).toBe(1);

    // The backup from before the erasure comes back without her.
    await signIn(core, template.manager);
    await restore(core, before, identityPath);
    await signIn(core, template.manager);
    expect((await expectError(core, 'residents.get', { id: herId })).code).toMatch(/NOT_FOUND|RESIDENT_NOT_ASSIGNED/);
    expect((await core.call('residents.get', { id: other.id })).identity.familyName).toBe(SHARED_WORD);
    // And the restored keyring carries the list, so a restore from this vault's backups erases her too.
    await core.call('auth.lock', { reason: 'manual' });
    expect(hitsIn(dataDir)).toEqual([]);
    const keyring = readFileSync(join(dataDir, KEYRING_FILE), 'utf8');
    expect(keyring).toContain(herId);
    await core.close();
  }, 300_000);

  it('takes her 3-letter pieces out of the trigram indexes’ own storage, not only out of search results', async () => {
    // Letters no other name here has: each piece is hers alone.
    const name = 'Zqxjkv';
    const pieces = ['zqx', 'qxj', 'xjk', 'jkv'];
    const indexes = ['resident_search', 'resident_shown_search', 'resident_name_word_search'];
    const dataDir = copyVault(template.dir, dirs, 'trigram');
    /** Segment blocks of each index holding one of her pieces (the index's `_data` shadow table, read raw). */
    const piecesLeft = () => {
      const db = openRaw(dataDir, dek);
      try {
        return Object.fromEntries(
          indexes.map((ix) => [
            ix,
            db
              .prepare(`SELECT count(*) FROM ${ix}_data WHERE ${pieces.map(() => 'instr(block, ?) > 0').join(' OR ')}`)
              .pluck()
              .get(...pieces) as number,
          ]),
        );
      } finally {
        db.close();
      }
    };
    const core = openCore(dataDir);
    await signIn(core, template.manager);
    await core.call('residents.admit', {
      identity: { givenNames: 'Alice', familyName: SHARED_WORD, estimatedAgeYears: 22 },
      admittedOn: today,
    });
    const her = (await core.call('residents.admit', { identity: { givenNames: name, estimatedAgeYears: 20 }, admittedOn: today })).id;
    await core.call('residents.discharge', { residentId: her, dischargedOn: today, destination: 'family' });
    await core.call('auth.lock', { reason: 'manual' });
    // Positive control: every index holds her pieces where this test looks for them.
    for (const [ix, n] of Object.entries(piecesLeft())) expect(n, ix).toBeGreaterThan(0);
    await signIn(core, template.manager);
    await core.call('erasure.erase', { residentId: her, approval: second() });
    expect((await core.call('residents.search', { query: 'qxj' })).items).toEqual([]);
    await core.call('auth.lock', { reason: 'manual' });
    expect(piecesLeft()).toEqual(Object.fromEntries(indexes.map((ix) => [ix, 0])));
    await core.close();
  }, 120_000);

  it('leaves her code in no audit entry written since her admission (the log is hash-chained, so it is never written there)', async () => {
    const dataDir = copyVault(template.dir, dirs, 'audit-code');
    const core = openCore(dataDir);
    await signIn(core, template.manager);
    const her = await core.call('residents.admit', { identity: { givenNames: 'Keza', estimatedAgeYears: 20 }, admittedOn: today });
    await core.call('residents.get', { id: her.id });
    await core.call('residents.discharge', { residentId: her.id, dischargedOn: today, destination: 'family' });
    await core.call('erasure.erase', { residentId: her.id, approval: second() });
    const log = await core.call('audit.list', { limit: 500 });
    expect(log.some((e) => e.action === 'resident.created')).toBe(true);
    expect(log.filter((e) => JSON.stringify(e).includes(her.code)).map((e) => e.action)).toEqual([]);
    await core.close();
  }, 120_000);

  it('refuses a restore when the keyring’s list of erasures was changed without the key', async () => {
    const dataDir = copyVault(template.dir, dirs, 'tampered');
    const backupDir = dirs.make('usb2');
    const key = generateIdentity();
    const identityPath = join(dirs.make('ho2'), 'identity.txt');
    writeFileSync(identityPath, `${key.identity}\n`, { mode: 0o600 });
    const core = openCore(dataDir);
    await signIn(core, template.manager);
    const file = await core.call('residents.admit', { identity: { givenNames: 'Keza', estimatedAgeYears: 20 }, admittedOn: today });
    const made = await backup(core, backupDir, key.recipient);
    await core.call('residents.discharge', { residentId: file.id, dischargedOn: today, destination: 'family' });
    await core.call('erasure.erase', { residentId: file.id, approval: second() });
    await core.call('auth.lock', { reason: 'manual' });
    editKeyring(dataDir, (k) => {
      (k.erasedResidents as { ids: string[] }).ids = [];
    });
    await signIn(core, template.manager);
    const e = await expectError(core, 'backup.restore', {
      ...(await chosenSource(core, made, identityPath)),
      trust: { method: 'account', username: template.manager.username, password: template.manager.password },
    });
    expect(e.code).toBe('ERASURE_LIST_TAMPERED');
    await core.close();
  }, 120_000);
});
