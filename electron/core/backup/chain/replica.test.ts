import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { buildTemplate, copyVault, openCore, signIn, TempDirs, type VaultTemplate } from '../../testing/vault-fixture';
import { snapshotFiles } from '../../testing/files';
import { generateIdentity, parseIdentityFile, type AgeSecrets } from '../age';
import { chainFull, chainLink, logicalDump, logicalDumpOfFile, refusalOf } from '../testing/chain-fixture';
import { applyToReplica } from './replica';

const dirs = new TempDirs();
let template: VaultTemplate;
let core: Core;
let recipient: string;
let secrets: AgeSecrets;
let clock = Date.parse('2026-11-01T08:00:00Z');
const tick = () => new Date((clock += 86_400_000));

beforeAll(async () => {
  template = await buildTemplate(dirs, {});
  core = openCore(copyVault(template.dir, dirs, 'source'));
  await signIn(core, template.manager);
  const key = generateIdentity();
  recipient = key.recipient;
  secrets = { identities: parseIdentityFile(`${key.identity}\n`) };
});
afterAll(() => dirs.cleanup());

describe('a head-office replica', () => {
  it('stays identical to the site over 50 applied links, and refuses gaps, repeats and strangers untouched', async () => {
    const out = dirs.make('site-out');
    const replica = join(dirs.make('head-office'), 'KGL');
    const full = await chainFull(core, out, 'full.age', recipient, tick());
    expect((await applyToReplica(replica, [full], secrets)).created).toBe(true);
    const links: string[] = [];
    let applied = 0;
    for (let i = 1; i <= 50; i++) {
      await core.call('residents.admit', { identity: { givenNames: `Resident${i}` }, admittedOn: '2026-10-30' });
      if (i % 7 === 0) await core.call('drafts.save', { formKey: `test.replica.${i}`, data: { note: 'n'.repeat(i * 300) } });
      links.push((await chainLink(core, out, `link-${i}.age`, recipient, tick())).path);
      // Links arrive one at a time, or a few together.
      if (i % 5 === 0 || i <= 3) {
        // Any order within a batch.
        await applyToReplica(replica, links.slice(applied, i).reverse(), secrets);
        applied = i;
      }
    }
    const source = logicalDump(core.state.session!.sqlite);
    const key = core.state.session!.withDataKey((k) => Buffer.from(k));
    try {
      expect(await logicalDumpOfFile(join(replica, 'amizero.db'), key)).toBe(source);
    } finally {
      key.fill(0);
    }
    expect(JSON.parse(readFileSync(join(replica, 'replica.json'), 'utf8'))).toMatchObject({ applied: expect.any(Array) });
    const before = snapshotFiles(replica);
    // Applied twice.
    expect((await refusalOf(applyToReplica(replica, [links[49]!], secrets))).code).toBe('BACKUP_CHAIN_DUPLICATE');
    // A gap: link 52 without 51.
    await core.call('residents.admit', { identity: { givenNames: 'Gap' }, admittedOn: '2026-10-30' });
    await chainLink(core, out, 'link-51.age', recipient, tick());
    await core.call('residents.admit', { identity: { givenNames: 'Gap2' }, admittedOn: '2026-10-30' });
    const l52 = (await chainLink(core, out, 'link-52.age', recipient, tick())).path;
    const gap = await refusalOf(applyToReplica(replica, [l52], secrets));
    expect(gap.code).toBe('BACKUP_CHAIN_LINK_MISSING');
    expect(gap.params).toMatchObject({ link: 51, of: 52 });
    // Another vault's file.
    const other = await buildTemplate(dirs, { organisationName: 'Elsewhere' });
    const oc = openCore(copyVault(other.dir, dirs));
    await signIn(oc, other.manager);
    const foreign = await chainFull(oc, dirs.make('other-out'), 'other.age', recipient, tick());
    await oc.close();
    expect((await refusalOf(applyToReplica(replica, [foreign], secrets))).code).toBe('BACKUP_CHAIN_FOREIGN');
    expect(snapshotFiles(replica)).toEqual(before);
    // A folder that is not a replica.
    const notReplica = dirs.make('not-a-replica');
    writeFileSync(join(notReplica, 'notes.txt'), 'hello');
    expect((await refusalOf(applyToReplica(notReplica, [links[0]!], secrets))).code).toBe('BACKUP_REPLICA_INVALID');
    // A replica whose database was changed behind its back.
    const tampered = join(dirs.make('tampered'), 'KGL');
    mkdirSync(tampered);
    await applyToReplica(tampered, [full], secrets);
    const db = readFileSync(join(tampered, 'amizero.db'));
    db[db.length - 10]! ^= 1;
    writeFileSync(join(tampered, 'amizero.db'), db);
    expect((await refusalOf(applyToReplica(tampered, [links[0]!], secrets))).code).toBe('BACKUP_REPLICA_INVALID');
  }, 180_000);
});
