/**
 * Child of the memory-scan test: signs in, admits, backs up, verifies the backup and
 * locks, through the real core, then waits (standard input) while the parent reads its
 * memory. It keeps one known marker alive on purpose: the scanner's positive control.
 */
import { chosen, chosenSource } from '../testing/chosen';
import { writeSync } from 'node:fs';
import { Core } from '../core';
import { readStdinLine } from '../testing/stdin-line';

const [dataDir, username, backupDir, recipient, identityPath, marker] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
  string,
];

/** Held until the end: the parent must find these bytes, or its scan proves nothing. */
const control: { marker?: Buffer } = {};

async function main(): Promise<void> {
  control.marker = Buffer.from(marker, 'latin1');
  const password = await readStdinLine();
  const core = new Core({ dataDir, scheduledBackups: false });
  await core.call('auth.signIn', { username, password });
  await core.call('residents.admit', { identity: { givenNames: 'Scan', familyName: 'Resident' }, admittedOn: '2025-03-01' });
  const made = await core.call('backup.create', {
    folderToken: await chosen(core, 'backupFolder', backupDir),
    recipients: [recipient],
    password,
  });
  await core.call('backup.verify', await chosenSource(core, made.path, identityPath));
  await core.call('auth.lock', { reason: 'manual' });
  writeSync(1, 'locked\n');
  // Stay alive, unchanged, until the parent has read everything.
  await new Promise<void>((done) => process.stdin.once('data', () => done()).resume());
  writeSync(1, `${control.marker.length}\n`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    writeSync(2, `${(e as Error)?.stack ?? String(e)}\n`);
    process.exit(1);
  },
);
