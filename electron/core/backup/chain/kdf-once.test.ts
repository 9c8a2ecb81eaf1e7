import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { buildTemplate, copyVault, openCore, signIn, TempDirs, type VaultTemplate } from '../../testing/vault-fixture';
import { chosen, chosenSource } from '../../testing/chosen';
import { chainFull, chainLink } from '../testing/chain-fixture';
import { scryptRuns } from '../age/recipients';
import { verifyChain } from './rebuild';
import { splitIntoPieces } from './pieces';

/**
 * A passphrase's KDF (scrypt, 2^18) is the slow part of opening a file: every file of a
 * chain is opened with it once per operation, however many times the file is read
 * (its head for the plan, its body, the full backup's database), counted on the KDF itself.
 */
const dirs = new TempDirs();
const PASSPHRASE = 'a long backup passphrase for the chain';
const protection = { passphrase: PASSPHRASE };
let template: VaultTemplate;
let core: Core;
let stick: string;
let files: string[];

beforeAll(async () => {
  template = await buildTemplate(dirs, {});
  core = openCore(copyVault(template.dir, dirs, 'site'));
  await signIn(core, template.manager);
  stick = dirs.make('stick');
  let at = Date.parse('2026-12-01T08:00:00Z');
  files = [await chainFull(core, stick, 'full.age', protection, new Date(at))];
  for (const name of ['Keza', 'Teta']) {
    await core.call('residents.admit', { identity: { givenNames: name }, admittedOn: '2026-11-30' });
    files.push((await chainLink(core, stick, `link-${files.length}.age`, protection, new Date((at += 86_400_000)))).path);
  }
  await core.close();
});
afterAll(() => dirs.cleanup());

async function kdfRunsDuring(fn: () => Promise<unknown>): Promise<number> {
  const before = scryptRuns();
  await fn();
  return scryptRuns() - before;
}

describe('a passphrase chain is opened once per file', () => {
  it('verifying base + 2 links runs the KDF three times', async () => {
    expect(await kdfRunsDuring(() => verifyChain(files, { passphrase: PASSPHRASE }))).toBe(3);
  });

  it('previewing the newest link in the window, with the folder of its chain, runs it three times', async () => {
    const laptop = openCore(join(dirs.make('laptop'), 'vault'));
    const source = {
      ...(await chosenSource(laptop, files[2]!)),
      passphrase: PASSPHRASE,
      linksFolderToken: await chosen(laptop, 'backupFolder', stick),
    };
    const runs = await kdfRunsDuring(async () => expect((await laptop.call('backup.previewNew', source)).chainFiles).toBe(3));
    expect(runs).toBe(3);
    await laptop.close();
  });

  it('from pieces, each piece and each file they rebuild is opened once', async () => {
    const pieces = dirs.make('pieces');
    const cut = await splitIntoPieces(files[0]!, protection, 1, pieces);
    const runs = await kdfRunsDuring(() => verifyChain([...cut.reverse(), files[1]!, files[2]!], { passphrase: PASSPHRASE }));
    expect(runs).toBe(cut.length + 3);
  });
});
