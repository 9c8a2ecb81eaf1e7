/**
 * Child process for the application crash suite:
 * `node --import tsx app-crash-child.ts <dataDir> <username> <backupDir> <recipient> <seed>`,
 * password on stdin. Signs in through the real Core and does what a shelter's day does —
 * admissions, edits, drafts, rooms, bed moves, discharges, backups, password changes,
 * the manager resetting a colleague's password and creating accounts (each a keyring
 * rewrite), attaching documents (sealed under the documents key), recording counselling sessions
 * with notes (sealed under the counselling-notes key) — in a
 * seeded random order until the parent kills it. Each write is announced with `start …`
 * before the call and `ack …` only after core answered, so the parent knows which writes
 * must have survived and which may or may not have.
 */
import { writeSync } from 'node:fs';
import { Core } from '../core';
import { readStdinLine } from './stdin-line';
import { prng } from '../demo/residents-data';
import { grantedToken } from '../grants/granted';

const [dataDir, username, backupDir, recipient, seedArg] = process.argv.slice(2) as [string, string, string, string, string];

/** The parent reads line by line; a full pipe must slow us down, not lose a line. */
function say(line: string): void {
  const buf = Buffer.from(line + '\n');
  for (let off = 0; off < buf.length;) {
    try {
      off += writeSync(1, buf, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    }
  }
}

const NAMES = ['Uwase', 'Mukamana', 'Ingabire', 'Niyonsaba', 'Umutoni', 'Iradukunda', 'Amina', 'Claudine', 'Grace', 'Esther'];
const today = new Date().toISOString().slice(0, 10);

async function main(): Promise<void> {
  let password = await readStdinLine();
  // Seeded, so the same round replays the same day.
  const rnd = prng(Number(seedArg));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const core = new Core({ dataDir });
  const managerId = (await core.call('auth.signIn', { username, password })).id;
  // Updates replace the identity, so each resident's family name (the admission tag) is kept to send again.
  const familyNames = new Map<string, string>();
  for (const r of (await core.call('residents.search', { query: '', status: 'admitted', limit: 200 })).items) {
    familyNames.set(r.id, (await core.call('residents.get', { id: r.id })).identity.familyName ?? '');
  }
  const residents = [...familyNames.keys()];
  // The template's staff only: accounts this suite created are checked on their own.
  const colleagues = (await core.call('users.list', {}))
    .filter((u) => u.role !== 'manager' && !u.disabled && !u.username.startsWith('crash.'))
    .map((u) => u.id);
  say('ready');

  for (let n = 0; ; n++) {
    const roll = rnd();
    const tag = `${seedArg}-${n}`;
    if (roll < 0.34 || residents.length === 0) {
      const givenNames = pick(NAMES);
      say(`start admit ${tag}`);
      const file = await core.call('residents.admit', {
        identity: { givenNames, familyName: `Crash${tag}`, otherNames: [], estimatedAgeYears: 15 + Math.floor(rnd() * 20) },
        admittedOn: today,
      });
      residents.push(file.id);
      familyNames.set(file.id, `Crash${tag}`);
      say(`ack admit ${tag} ${file.id} ${givenNames}`);
    } else if (roll < 0.4) {
      // Often enough that most runs kill one mid-session (6 in 100 writes).
      // A counselling session with notes sealed under the counselling-notes key, WHO-5 and all.
      const residentId = pick(residents);
      say(`start session ${tag}`);
      const [s] = await core.call('residents.sessions.save', {
        residentId,
        type: 'individual',
        startsAt: new Date(Date.now() - 3_600_000).toISOString(),
        durationMinutes: 50,
        counsellorId: managerId,
        notes: `Notes ${tag}`,
        participant: { attendance: 'attended', who5: [1, 2, 3, 4, 5] },
      });
      say(`ack session ${tag} ${residentId} ${s!.id}`);
      // The next group session's notes, typed and kept as a sealed draft (one per author).
      say(`start notedraft ${tag}`);
      await core.call('residents.noteDrafts.save', { residentId, sessionId: 'group', notes: `Group ${tag}` });
      say(`ack notedraft ${tag}`);
    } else if (roll < 0.6) {
      const id = pick(residents);
      const value = `Edit${tag}`;
      say(`start update ${id} ${value}`);
      await core.call('residents.update', { id, identity: { givenNames: value, familyName: familyNames.get(id) } });
      say(`ack update ${id} ${value}`);
    } else if (roll < 0.72) {
      const value = `draft-${tag}`;
      say(`start draft ${value}`);
      await core.call('drafts.save', { formKey: 'crash.suite', data: { note: value } });
      say(`ack draft ${value}`);
    } else if (roll < 0.8) {
      const room = `Room ${tag}`;
      say(`start room ${room}`);
      await core.call('residents.createRoom', { name: room, beds: ['A', 'B'] });
      say(`ack room ${room}`);
    } else if (roll < 0.86) {
      const id = residents.splice(Math.floor(rnd() * residents.length), 1)[0]!;
      say(`start discharge ${id}`);
      await core.call('residents.discharge', { residentId: id, dischargedOn: today, destination: 'family' });
      say(`ack discharge ${id}`);
    } else if (roll < 0.9) {
      say(`start backup ${tag}`);
      const made = await core.call('backup.create', {
        folderToken: await grantedToken(core, 'backupFolder', backupDir),
        fileName: `crash-${tag}.age`,
        recipients: [recipient],
        password,
      });
      say(`ack backup ${made.fileName}`);
    } else if (roll < 0.93) {
      // Slot and row: after a kill the account exists whole (and signs in) or not at all.
      const name = `crash.${tag}`;
      const temporary = `Crash-Create-Meadow-${tag}`;
      say(`start create ${name} ${temporary}`);
      await core.call('users.create', {
        fullName: `Crash ${tag}`,
        username: name,
        role: pick(['counsellor', 'social_worker'] as const),
        password: temporary,
      });
      say(`ack create ${name} ${temporary}`);
    } else if (roll < 0.95 && residents.length > 0) {
      const residentId = pick(residents);
      say(`start attach ${tag}`);
      const doc = await core.call('residents.documents.attach', {
        residentId,
        kind: 'medical',
        title: `Letter ${tag}`,
        originalName: 'letter.pdf',
        contentBase64: Buffer.from(`%PDF-1.4\n% crash ${tag}\n%%EOF\n`, 'latin1').toString('base64'),
      });
      say(`ack attach ${tag} ${doc.id}`);
    } else if (roll < 0.97 && colleagues.length > 0) {
      const id = pick(colleagues);
      const next = `Crash-Reset-Harbour-${tag}`;
      say(`start reset ${id} ${next}`);
      await core.call('users.resetPassword', { id, password: next });
      say(`ack reset ${id} ${next}`);
    } else {
      const next = `Crash-Suite-Lantern-${tag}`;
      say(`start password ${next}`);
      await core.call('auth.changePassword', { currentPassword: password, newPassword: next });
      password = next;
      say(`ack password ${next}`);
    }
  }
}

main().catch((e: unknown) => {
  writeSync(2, String((e as Error)?.stack ?? e) + '\n');
  process.exit(1);
});
