import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateIdentity, parseIdentityFile } from '../backup/age';
import { chainFull, chainLink } from '../backup/testing/chain-fixture';
import { splitIntoPieces } from '../backup/chain/pieces';
import { verifyChain } from '../backup/chain/rebuild';
import { applyToReplica } from '../backup/chain/replica';
import { REINTEGRATION_INDICATOR_IDS, type ReintegrationIndicator } from '../../../shared/enums/reintegration';
import { encodings } from '../testing/files';
import { buildTemplate, copyVault, openCore, TempDirs } from '../testing/vault-fixture';
import { chosen, chosenSource } from '../testing/chosen';

/**
 * One scripted day in the life of a shelter, with a unique marker in every piece of
 * resident data typed in, then a search for every marker, in UTF-8 and UTF-16, through
 * the data folder, every file written under the temp folder since the day began, the
 * backup files and core's log. Nothing typed about a resident may be readable anywhere.
 */
const RUN = randomBytes(4).toString('hex').toUpperCase();
const marker = (what: string) => `Lk${RUN}${what}`;
const MARKERS = {
  given: marker('Given'),
  family: marker('Family'),
  alias: marker('Alias'),
  health: marker('HealthNote'),
  phone: `+250 78${parseInt(RUN.slice(0, 6), 16) % 10_000_000}`.padEnd(14, '7'),
  idNumber: marker('IdNo'),
  referralOrg: marker('RefOrg'),
  officer: marker('Officer'),
  caseRef: marker('CaseRef'),
  village: marker('Place'),
  draft: marker('DraftText'),
  dischargeReason: marker('Discharge'),
  editedName: marker('Edited'),
  profileNotes: marker('HerAccount'),
  exploitationPlace: marker('ExplPlace'),
  guardian: marker('Guardian'),
  witness: marker('Witness'),
  partner: marker('Partner'),
  consentNotes: marker('ConsentNote'),
  documentTitle: marker('DocTitle'),
  documentName: marker('docname'),
  documentBytes: marker('InsideTheScan'),
  referralOutOrg: marker('RefOutOrg'),
  referralOutReason: marker('RefOutReason'),
  // Rehabilitation: sealed notes and their draft, and the plan's and conference's words.
  counsellingNotes: marker('SealedNote'),
  counsellingDraft: marker('SealedDraft'),
  counsellingGroupDraft: marker('SealedGroupDraft'),
  goal: marker('GoalText'),
  topicsOther: marker('TopicOther'),
  conference: marker('Decision'),
  householdContact: marker('Household'),
  wishes: marker('HerWishes'),
  visitFindings: marker('VisitFindings'),
  refusedVisit: marker('RefusedVisit'),
  rescheduleReason: marker('Moved'),
} as const;

/** A PDF whose text carries a marker: the bytes of an attached scan must stay encrypted too. */
function pdfWith(text: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% ${text}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`, 'latin1');
}

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

/** Every regular file under `dir` changed at or after `since` (ms), skipping unreadable ones. */
function filesChangedSince(dir: string, since: number, maxBytes = 256 * 2 ** 20): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const full = join(dir, e.name);
    try {
      if (e.isDirectory()) out.push(...filesChangedSince(full, since, maxBytes));
      else if (e.isFile()) {
        const st = statSync(full);
        if (st.mtimeMs >= since && st.size <= maxBytes) out.push(full);
      }
    } catch {
      // A file another process removed while we looked.
    }
  }
  return out;
}

function sweep(files: string[], texts: string[]): string[] {
  const needles = Object.values(MARKERS).flatMap((m) => encodings(m).map((e) => ({ ...e, label: `${m}:${e.label}` })));
  const hits: string[] = [];
  for (const file of files) {
    let content: Buffer;
    try {
      content = readFileSync(file);
    } catch {
      continue;
    }
    for (const n of needles) if (content.includes(n.bytes)) hits.push(`${file}: ${n.label}`);
  }
  for (const [i, text] of texts.entries()) for (const m of Object.values(MARKERS)) if (text.includes(m)) hits.push(`log line ${i}: ${m}`);
  return hits;
}

describe('leak sweep', () => {
  it('a shelter day leaves no resident data readable on disk or in the log', async () => {
    const started = Date.now() - 1000;
    const template = await buildTemplate(dirs, { staff: ['social_worker'], ownPasswords: true });
    const dataDir = copyVault(template.dir, dirs, 'shelter');
    const backupDir = dirs.make('usb-stick');
    const key = generateIdentity();
    const identityPath = join(dirs.make('head-office'), 'identity.txt');
    writeFileSync(identityPath, `${key.identity}\n`, { mode: 0o600 });
    const log: string[] = [];
    const core = openCore(dataDir, { log: (line) => log.push(line) });
    const today = new Date().toISOString().slice(0, 10);

    // The directory is the manager's: the partner (and its contact person) carry markers too.
    await core.call('auth.signIn', { username: template.manager.username, password: template.manager.password });
    // An incremental chain starts before the day's work: its link, the link's pieces and a head-office replica are swept too.
    const chainDir = join(backupDir, 'chain');
    mkdirSync(chainDir);
    const chainBase = await chainFull(core, chainDir, 'full.age', key.recipient);
    const partner = await core.call('partners.save', { type: 'legal_aid', name: MARKERS.partner, contactPerson: MARKERS.referralOutOrg });
    await core.call('auth.lock', { reason: 'manual' });
    await core.call('auth.signIn', { username: template.staff.social_worker!.username, password: template.staff.social_worker!.password });
    await core.call('drafts.save', { formKey: 'resident.admit', data: { givenNames: MARKERS.draft } });
    const room = await core.call('residents.createRoom', { name: 'Room Leak', beds: ['A'] }).catch(() => null);
    const file = await core.call('residents.admit', {
      identity: {
        givenNames: MARKERS.given,
        familyName: MARKERS.family,
        otherNames: [MARKERS.alias],
        healthNotes: MARKERS.health,
        phone: MARKERS.phone,
        idDocument: { type: 'national_id', number: MARKERS.idNumber },
        estimatedAgeYears: 19,
      },
      origin: { country: 'CD', place: MARKERS.village },
      referral: {
        sourceType: 'ngo',
        organisationName: MARKERS.referralOrg,
        referringOfficer: MARKERS.officer,
        caseReference: MARKERS.caseRef,
      },
      admittedOn: today,
      ...(room ? { bedId: room.beds[0]!.id } : {}),
    });
    await core.call('residents.search', { query: MARKERS.family.slice(0, 8) });
    await core.call('residents.profile.save', {
      residentId: file.id,
      profile: {
        status: 'actual',
        exploitationTypes: ['forced_labour'],
        labourSectors: ['domestic_work'],
        exploitationCountries: ['CD'],
        exploitationPlace: MARKERS.exploitationPlace,
        notes: MARKERS.profileNotes,
      },
    });
    await core.call('residents.profile.get', { residentId: file.id });
    await core.call('residents.consents.record', {
      residentId: file.id,
      purpose: 'sharing',
      partnerIds: [partner.id],
      categories: ['identity'],
      givenOn: today,
      method: 'oral_witnessed',
      witnessName: MARKERS.witness,
      givenBy: 'guardian',
      guardianName: MARKERS.guardian,
      notes: MARKERS.consentNotes,
    });
    await core.call('residents.consents.list', { residentId: file.id });
    const doc = await core.call('residents.documents.attach', {
      residentId: file.id,
      kind: 'medical',
      title: MARKERS.documentTitle,
      originalName: `${MARKERS.documentName}.pdf`,
      contentBase64: pdfWith(MARKERS.documentBytes).toString('base64'),
    });
    await core.call('residents.documents.list', { residentId: file.id });
    await core.call('residents.documents.get', { id: doc.id });
    const referral = await core.call('residents.referralsOut.create', {
      residentId: file.id,
      partnerId: partner.id,
      categories: ['identity'],
      reason: MARKERS.referralOutReason,
      referredOn: today,
    });
    await core.call('residents.referralsOut.update', { id: referral.id, status: 'accepted' });
    await core.call('residents.history', { residentId: file.id });
    await core.call('residents.get', { id: file.id });
    await core.call('residents.update', { id: file.id, identity: { ...file.identity, givenNames: MARKERS.editedName } });
    // Refused input must not leave its text anywhere either.
    await core.dispatch('residents.update', { id: file.id, identity: { givenNames: MARKERS.given, dateOfBirth: '2999-01-01' } });
    await core.call('residents.discharge', {
      residentId: file.id,
      dischargedOn: today,
      destination: 'family',
      reason: MARKERS.dischargeReason,
    });
    // Reintegration: the plan, the follow-up year, a visit, and a refused visit's text.
    await core.call('residents.consents.record', {
      residentId: file.id,
      purpose: 'follow_up_contact',
      givenOn: today,
      method: 'written',
      givenBy: 'resident',
    });
    await core.call('residents.reintegration.savePlan', {
      residentId: file.id,
      destinationType: 'relatives',
      destination: { country: 'RW', province: 'South', district: 'Nyamagabe' },
      householdContact: { name: MARKERS.householdContact, relationship: 'Aunt' },
      risk: 'high',
      wishes: MARKERS.wishes,
    });
    await core.call('residents.reintegration.startSchedule', { residentId: file.id });
    const [first, second] = (await core.call('residents.reintegration.get', { residentId: file.id })).visits;
    const visit = { visitedOn: today, mode: 'home_visit', visitors: 'Social worker', reached: true } as const;
    await core.dispatch('residents.reintegration.recordVisit', {
      ...visit,
      visitId: first!.id,
      findings: MARKERS.refusedVisit,
      ratings: { income: 9 },
    });
    await core.call('residents.reintegration.recordVisit', {
      ...visit,
      visitId: first!.id,
      findings: MARKERS.visitFindings,
      ratings: Object.fromEntries(REINTEGRATION_INDICATOR_IDS.map((k) => [k, 3])) as Record<ReintegrationIndicator, number>,
    });
    await core.call('residents.reintegration.reschedule', { visitId: second!.id, dueOn: today, reason: MARKERS.rescheduleReason });
    await core.call('reintegration.myVisits', {});
    await core.call('auth.lock', { reason: 'manual' });

    await core.call('auth.signIn', { username: template.manager.username, password: template.manager.password });
    // Counselling: notes and a draft sealed under their category key, a plan and a conference.
    await core.call('residents.plan.save', {
      residentId: file.id,
      nextReviewOn: null,
      baseVersion: 0,
      goals: [
        {
          domain: 'psychosocial',
          description: MARKERS.goal,
          targetOn: null,
          responsibleId: null,
          status: 'in_progress',
          droppedReason: null,
        },
      ],
    });
    const sessions = await core.call('residents.sessions.save', {
      residentId: file.id,
      type: 'individual',
      startsAt: new Date(Date.now() - 3_600_000).toISOString(),
      durationMinutes: 45,
      counsellorId: template.manager.id,
      topicsOther: MARKERS.topicsOther,
      notes: MARKERS.counsellingNotes,
      participant: { attendance: 'attended', who5: [2, 3, 2, 3, 2] },
    });
    await core.call('residents.noteDrafts.save', { residentId: file.id, sessionId: 'new', notes: MARKERS.counsellingDraft });
    await core.call('residents.noteDrafts.save', { residentId: file.id, sessionId: 'group', notes: MARKERS.counsellingGroupDraft });
    await core.call('residents.sessions.notes', { residentId: file.id, sessionId: sessions[0]!.id });
    await core.call('residents.conferences.save', {
      residentId: file.id,
      heldOn: today,
      attendees: [{ kind: 'resident' }],
      decisions: MARKERS.conference,
    });
    await core.call('audit.list', { limit: 200 });
    const link = await chainLink(core, chainDir, 'link-1.age', key.recipient);
    const secrets = { identities: parseIdentityFile(`${key.identity}\n`) };
    const pieces = await splitIntoPieces(link.path, { recipients: [key.recipient] }, 1, chainDir);
    await verifyChain([chainBase, ...pieces], secrets);
    await applyToReplica(join(backupDir, 'replica'), [chainBase, link.path], secrets);
    const backup = await core.call('backup.create', {
      folderToken: await chosen(core, 'backupFolder', backupDir),
      recipients: [key.recipient],
      password: template.manager.password,
    });
    await core.call('backup.verify', await chosenSource(core, backup.path, identityPath));
    await core.call('backup.restore', {
      ...(await chosenSource(core, backup.path, identityPath)),
      trust: { method: 'account', username: template.manager.username, password: template.manager.password },
    });
    await core.call('auth.signIn', { username: template.manager.username, password: template.manager.password });
    // The restored vault still opens the sealed notes and the draft.
    expect((await core.call('residents.sessions.notes', { residentId: file.id, sessionId: sessions[0]!.id })).notes).toBe(
      MARKERS.counsellingNotes,
    );
    expect((await core.call('residents.noteDrafts.get', { residentId: file.id, sessionId: 'new' }))?.notes).toBe(MARKERS.counsellingDraft);
    expect((await core.call('counselling.groupNoteDraft', {}))?.notes).toBe(MARKERS.counsellingGroupDraft);
    await core.call('backup.undoRestore', {});
    await core.close();

    const files = [
      ...new Set([...filesChangedSince(dataDir, 0), ...filesChangedSince(backupDir, 0), ...filesChangedSince(tmpdir(), started)]),
    ];
    expect(files.length).toBeGreaterThan(3);
    expect(sweep(files, log)).toEqual([]);

    // The sweep itself finds a marker when one is there (a plaintext decoy), so a clean result means something.
    const decoy = join(dirs.make('decoy'), 'decoy.txt');
    writeFileSync(decoy, Buffer.from(`notes: ${MARKERS.alias}`, 'utf16le'));
    expect(sweep([decoy], [])).toContain(`${decoy}: ${MARKERS.alias}:utf16le`);
  }, 180_000);
});
