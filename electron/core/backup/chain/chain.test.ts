import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { buildTemplate, copyVault, openCore, signIn, TempDirs, type VaultTemplate } from '../../testing/vault-fixture';
import { snapshotFiles } from '../../testing/files';
import { generateIdentity, parseIdentityFile, type AgeSecrets } from '../age';
import { requireAgeCli, runAge, decryptBuffer, encryptBuffer } from '../testing/age-tools';
import { chainFull, chainLink, logicalDump, logicalDumpOfFile, refusalOf } from '../testing/chain-fixture';
import { pageHashesOfFile, rebuildChain, verifyChain } from './rebuild';
import { chainStatePath } from './state';
import { stageChainRestore, swapInStaged } from '../restore';
import { BLOCK, END_OF_ARCHIVE, padding, parseTarHeader, tarHeader } from '../tar';

const dirs = new TempDirs();
let template: VaultTemplate;
let other: VaultTemplate;
let core: Core;
let key: { identity: string; recipient: string; path: string };
let secrets: AgeSecrets;

beforeAll(async () => {
  requireAgeCli();
  template = await buildTemplate(dirs, {});
  other = await buildTemplate(dirs, { organisationName: 'Another Shelter' });
  core = openCore(copyVault(template.dir, dirs, 'source'));
  await signIn(core, template.manager);
  key = { ...generateIdentity(), path: join(dirs.make('keys'), 'head-office.txt') };
  writeFileSync(key.path, `${key.identity}\n`, { mode: 0o600 });
  secrets = { identities: parseIdentityFile(`${key.identity}\n`) };
});
afterAll(() => dirs.cleanup());

const trust = () => ({ method: 'account' as const, username: template.manager.username, password: template.manager.password });
const dump = () => logicalDump(core.state.session!.sqlite);
let clock = Date.parse('2026-12-01T08:00:00Z');
const tick = () => new Date((clock += 3_600_000));

type Op = { kind: 'admit'; name: string } | { kind: 'draft'; slot: number; size: number } | { kind: 'discard'; slot: number };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('admit' as const), name: fc.stringMatching(/^[A-Z][a-z]{2,12}$/) }),
  fc.record({ kind: fc.constant('draft' as const), slot: fc.integer({ min: 0, max: 5 }), size: fc.integer({ min: 1, max: 30_000 }) }),
  fc.record({ kind: fc.constant('discard' as const), slot: fc.integer({ min: 0, max: 5 }) }),
);

async function work(ops: Op[]): Promise<void> {
  for (const op of ops) {
    if (op.kind === 'admit') await core.call('residents.admit', { identity: { givenNames: op.name }, admittedOn: '2026-11-30' });
    else if (op.kind === 'draft') await core.call('drafts.save', { formKey: `test.day.${op.slot}`, data: { note: 'x'.repeat(op.size) } });
    else await core.call('drafts.discard', { formKey: `test.day.${op.slot}` });
  }
}

describe('a chain of incremental links', () => {
  it('rebuilds, from the base and every link, a database whose logical dump equals the source at each point', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(opArb, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }), async (days) => {
        const out = dirs.make('chain');
        const files = [await chainFull(core, out, 'full.age', key.recipient, tick())];
        const dumps: string[] = [];
        for (const [i, day] of days.entries()) {
          await work(day);
          files.push((await chainLink(core, out, `link-${i + 1}.age`, key.recipient, tick())).path);
          dumps.push(dump());
        }
        // Every point of the chain, given its files in any order.
        for (let n = 1; n < files.length; n++) {
          const dir = dirs.make('rebuilt');
          const given = fc.sample(fc.shuffledSubarray(files.slice(0, n + 1), { minLength: n + 1 }), 1)[0]!;
          const u = await rebuildChain(given, secrets, dir);
          try {
            expect(await logicalDumpOfFile(u.dbPath, u.dataKey)).toBe(dumps[n - 1]);
          } finally {
            u.dataKey.fill(0);
          }
        }
        const summary = await verifyChain(files, secrets);
        expect(summary.formatVersion).toBe(3);
      }),
      { numRuns: 4 },
    );
  });

  describe('refusals', () => {
    let out: string;
    let files: string[];
    let linkBytes: number;
    beforeAll(async () => {
      out = dirs.make('refusals');
      files = [await chainFull(core, out, 'full.age', key.recipient, tick())];
      for (let i = 1; i <= 3; i++) {
        await work([{ kind: 'admit', name: `Ineza` }]);
        const l = await chainLink(core, out, `link-${i}.age`, key.recipient, tick());
        files.push(l.path);
        linkBytes = l.fileBytes;
      }
    });

    it('names a missing link by its number and date', async () => {
      const e = await refusalOf(verifyChain([files[0]!, files[1]!, files[3]!], secrets));
      expect(e.code).toBe('BACKUP_CHAIN_LINK_MISSING');
      expect(e.params).toMatchObject({ link: 2, of: 3 });
      expect(e.params!.made).toMatch(/^2026-12-/);
    });

    it('names a missing full backup', async () => {
      expect((await refusalOf(verifyChain(files.slice(1), secrets))).code).toBe('BACKUP_CHAIN_BASE_MISSING');
    });

    it('refuses a link given twice', async () => {
      const copy = join(dirs.make('dup'), 'copy-of-link-2.age');
      copyFileSync(files[2]!, copy);
      const e = await refusalOf(verifyChain([...files, copy], secrets));
      expect(e.code).toBe('BACKUP_CHAIN_DUPLICATE');
      expect(e.params).toMatchObject({ link: 2 });
    });

    it("refuses another vault's files", async () => {
      const c = openCore(copyVault(other.dir, dirs, 'other'));
      await signIn(c, other.manager);
      const foreign = await chainFull(c, dirs.make('foreign'), 'other-full.age', key.recipient, tick());
      await c.close();
      const e = await refusalOf(verifyChain([...files, foreign], secrets));
      expect(e.code).toBe('BACKUP_CHAIN_FOREIGN');
      expect(e.params).toMatchObject({ file: 'other-full.age' });
    });

    it('refuses a link re-sealed with another place in the chain (anyone with the public key can seal)', async () => {
      // Link 3 claims to be link 2: its manifest says so, but its pages apply to another image.
      const tar = await decryptBuffer(readFileSync(files[3]!), secrets);
      const size = parseTarHeader(tar.subarray(0, BLOCK))!.size;
      const m = JSON.parse(tar.toString('utf8', BLOCK, BLOCK + size)) as { chain: { sequence: number; before: unknown[] } };
      m.chain.sequence = 2;
      m.chain.before = m.chain.before.slice(0, 2);
      const forgedManifest = Buffer.from(JSON.stringify(m));
      const restStart = BLOCK + size + padding(size).length;
      const forged = Buffer.concat([
        tarHeader('manifest.json', forgedManifest.length, 0),
        forgedManifest,
        padding(forgedManifest.length),
        tar.subarray(restStart),
      ]);
      const path = join(dirs.make('forged'), 'link-2b.age');
      writeFileSync(path, await encryptBuffer(forged, { recipients: [key.recipient] }));
      const e = await refusalOf(verifyChain([files[0]!, files[1]!, path], secrets));
      expect(e.code).toBe('BACKUP_CHAIN_ORDER');
      expect(END_OF_ARCHIVE.length).toBe(2 * BLOCK);
    });

    it("refuses a link whose full backup was made after it, and an older chain's link given with a newer full backup", async () => {
      // The laptop's clock was ahead when the full backup was made: the link claims to be older than its base.
      const late = dirs.make('late-base');
      const base = await chainFull(core, late, 'full.age', key.recipient, new Date(clock + 30 * 86_400_000));
      await work([{ kind: 'admit', name: 'Akaliza' }]);
      const early = await chainLink(core, late, 'link-1.age', key.recipient, tick());
      const e = await refusalOf(verifyChain([base, early.path], secrets));
      expect(e.code).toBe('BACKUP_CHAIN_ORDER');
      expect(e.params).toMatchObject({ link: 1, file: 'link-1.age' });
      // A link of the chain above next to a full backup that starts another chain: its own base is named as missing.
      const missing = await refusalOf(verifyChain([base, files[3]!], secrets));
      expect(missing.code).toBe('BACKUP_CHAIN_BASE_MISSING');
      expect(missing.params!.made).toMatch(/^2026-12-/);
      // Given as an explicit list (the CLI), the stranger itself is named.
      const strict = await refusalOf(verifyChain([base, ...files.slice(1)], secrets, { strict: true }));
      expect(strict.code).toBe('BACKUP_CHAIN_FOREIGN');
      expect(strict.params).toMatchObject({ file: 'full.age' });
    });

    it('refuses a tampered or truncated link before touching the live vault', async () => {
      const live = dirs.make('live');
      const target = copyVault(template.dir, dirs, 'target');
      const before = snapshotFiles(target, (n) => n.endsWith('-shm'));
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 3 }),
          fc.nat(),
          fc.integer({ min: 1, max: 255 }),
          fc.boolean(),
          async (which, pos, flip, cut) => {
            const bytes = readFileSync(files[which]!);
            const bad = Buffer.from(bytes);
            if (!cut) bad[pos % bad.length]! ^= flip;
            const path = join(live, `bad-${basename(files[which]!)}`);
            writeFileSync(path, cut ? bad.subarray(0, pos % bad.length) : bad);
            const given = files.map((f, i) => (i === which ? path : f));
            const e = await refusalOf(stageChainRestore(target, given, secrets, trust()));
            expect(['BACKUP_DAMAGED', 'BACKUP_NOT_A_BACKUP', 'BACKUP_WRONG_KEY']).toContain(e.code);
            expect(snapshotFiles(target, (n) => n.endsWith('-shm'))).toEqual(before);
          },
        ),
        { numRuns: 12 },
      );
      expect(linkBytes).toBeGreaterThan(0);
    });
  });

  it('restores from a chain onto a new computer, as the person who signs in to it', async () => {
    const out = dirs.make('restore');
    const files = [await chainFull(core, out, 'full.age', key.recipient, tick())];
    await work([{ kind: 'admit', name: 'Uwase' }]);
    files.push((await chainLink(core, out, 'link-1.age', key.recipient, tick())).path);
    await work([{ kind: 'draft', slot: 1, size: 5000 }]);
    files.push((await chainLink(core, out, 'link-2.age', key.recipient, tick())).path);
    const fresh = dirs.make('new-computer');
    const staged = await stageChainRestore(fresh, files, secrets, trust());
    expect(staged.summary.formatVersion).toBe(3);
    swapInStaged(fresh, staged, new Date());
    const restored = openCore(fresh);
    await signIn(restored, template.manager);
    const found = await restored.call('residents.search', { query: 'Uwase' });
    expect(JSON.stringify(found)).toContain('Uwase');
    expect(await restored.call('drafts.get', { formKey: 'test.day.1' })).toMatchObject({ data: { note: 'x'.repeat(5000) } });
    await restored.close();
    expect(readdirSync(fresh).some((n) => n.startsWith('.restore-'))).toBe(false);
  });

  it('a link cancelled while scanning or while writing leaves no file, and the chain goes on from its last good file', async () => {
    const out = dirs.make('cancel');
    await chainFull(core, out, 'full.age', key.recipient, tick());
    const statePath = chainStatePath(core.state.vault.paths.dir);
    const before = readFileSync(statePath);
    await work([{ kind: 'admit', name: 'Cancelled' }]);
    for (const stage of ['scan', 'write'] as const) {
      const ac = new AbortController();
      const onProgress = (p: { stage: string }) => p.stage === stage && ac.abort();
      const e = await refusalOf(chainLink(core, out, `link-${stage}.age`, key.recipient, tick(), onProgress, ac.signal));
      expect(e.code).toBe('BACKUP_CANCELLED');
      expect(readdirSync(out)).toEqual(['full.age']);
      expect(readFileSync(statePath).equals(before)).toBe(true);
    }
    const link = await chainLink(core, out, 'link-1.age', key.recipient, tick());
    expect(link.next.files.map((f) => f.sequence)).toEqual([0, 1]);
  });

  it('finds changed pages by their marks alone: the sums it carries over are those of the live file, page for page', async () => {
    const out = dirs.make('marks');
    await chainFull(core, out, 'full.age', key.recipient, tick());
    for (let i = 1; i <= 3; i++) {
      await work([
        { kind: 'admit', name: `Marks${i}` },
        { kind: 'draft', slot: i, size: 20_000 * i },
        { kind: 'discard', slot: i - 1 },
      ]);
      const link = await chainLink(core, out, `link-${i}.age`, key.recipient, tick());
      const sqlite = core.state.session!.sqlite;
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
      expect(link.next.hashes.equals(await pageHashesOfFile(sqlite.name, link.next.pageSize))).toBe(true);
      expect(link.next.marks.length / 32).toBe(link.next.hashes.length / 32);
      expect(link.changedPages).toBeLessThan(link.next.hashes.length / 32);
    }
  });

  it('reads a link whose pages were deflated (the writer does so only when that saves a tenth), and refuses one that does not inflate', async () => {
    const out = dirs.make('deflated');
    const full = await chainFull(core, out, 'full.age', key.recipient, tick());
    await work([{ kind: 'admit', name: 'Deflate' }]);
    const link = await chainLink(core, out, 'link-1.age', key.recipient, tick());
    const source = dump();
    // The same link as a writer that compressed would have made it: pages.bin deflated, the manifest saying so.
    const members: { name: string; body: Buffer }[] = [];
    const tar = await decryptBuffer(readFileSync(link.path), secrets);
    for (let off = 0; ;) {
      const e = parseTarHeader(tar.subarray(off, off + BLOCK));
      if (!e) break;
      members.push({ name: e.name, body: tar.subarray(off + BLOCK, off + BLOCK + e.size) });
      off += BLOCK + e.size + padding(e.size).length;
    }
    const reseal = async (name: string, pages: Buffer): Promise<string> => {
      const m = JSON.parse(members[0]!.body.toString('utf8')) as { compression: string; members: { size: number; sha256: string }[] };
      m.compression = 'deflate-raw';
      m.members[1] = { ...m.members[1]!, size: pages.length, sha256: createHash('sha256').update(pages).digest('hex') };
      const bodies = [Buffer.from(JSON.stringify(m)), members[1]!.body, pages];
      const parts = bodies.flatMap((b, i) => [tarHeader(members[i]!.name, b.length, 0), b, padding(b.length)]);
      const path = join(dirs.make('resealed'), name);
      writeFileSync(path, await encryptBuffer(Buffer.concat([...parts, END_OF_ARCHIVE]), { recipients: [key.recipient] }));
      return path;
    };
    const deflated = await reseal('link-1.age', deflateRawSync(members[2]!.body));
    const dir = dirs.make('rebuilt-deflated');
    const u = await rebuildChain([full, deflated], secrets, dir);
    try {
      expect(await logicalDumpOfFile(u.dbPath, u.dataKey)).toBe(source);
    } finally {
      u.dataKey.fill(0);
    }
    const garbage = await reseal('link-1.age', randomBytes(members[2]!.body.length >> 4));
    expect((await refusalOf(verifyChain([full, garbage], secrets))).code).toBe('BACKUP_DAMAGED');
  });

  it('is a standard age file the stock tool decrypts: manifest, keyring, pages', async () => {
    const out = dirs.make('interop');
    await chainFull(core, out, 'full.age', key.recipient, tick());
    await work([{ kind: 'admit', name: 'Mutoni' }]);
    const link = await chainLink(core, out, 'link-1.age', key.recipient, tick());
    const tar = runAge(['-d', '-i', key.path], readFileSync(link.path));
    const names: string[] = [];
    let off = 0;
    for (;;) {
      const e = parseTarHeader(tar.subarray(off, off + BLOCK));
      if (!e) break;
      names.push(e.name);
      off += BLOCK + e.size + padding(e.size).length;
    }
    expect(names).toEqual(['manifest.json', 'keyring.json', 'pages.bin']);
    expect(link.changedPages).toBeGreaterThan(0);
    // The link holds only what changed: far smaller than the database.
    expect(link.fileBytes).toBeLessThan((link.next.hashes.length / 32) * link.next.pageSize);
  });
});
