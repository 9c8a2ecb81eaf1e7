import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { AgeError, ageEncryptor, generateIdentity, parseIdentityFile, parseRecipient, type AgeSecrets } from './index';
import { CHUNK } from './stream';
import { decryptBuffer, encryptBuffer, requireAgeCli, runAge, runAgeWithPassphrase } from '../testing/age-tools';

const SIZES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 5];
const PASSPHRASE = 'Lake-Kivu-Sunrise-Basket-19';

let dir: string;
let keyFile: string;
let me: { identity: string; recipient: string };

beforeAll(() => {
  requireAgeCli();
  dir = mkdtempSync(join(tmpdir(), 'amizero-age-'));
  me = generateIdentity();
  keyFile = join(dir, 'key.txt');
  writeFileSync(keyFile, `# test key\n${me.identity}\n`, { mode: 0o600 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ids = (): AgeSecrets => ({ identities: parseIdentityFile(me.identity) });

async function kindOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AgeError) return e.kind;
    throw e;
  }
  return 'ok';
}

describe('age keys', () => {
  it('encodes identities and recipients as the stock tool does', () => {
    const stock = runAgeKeygenY(me.identity);
    expect(stock).toBe(me.recipient);
    expect(parseRecipient(me.recipient)).not.toBeNull();
  });

  it('reads identities made by age-encryption', async () => {
    const id = await generateX25519Identity();
    const [parsed] = parseIdentityFile(id);
    expect(parseRecipient(await identityToRecipient(id))!.equals(parsed!.publicKey)).toBe(true);
  });

  it('refuses malformed recipients and key files', () => {
    expect(parseRecipient(me.recipient.slice(0, -1) + (me.recipient.endsWith('q') ? 'p' : 'q'))).toBeNull();
    expect(parseRecipient(me.recipient.toUpperCase())).toBeNull();
    expect(() => parseIdentityFile('# only a comment\n')).toThrow(AgeError);
    expect(() => parseIdentityFile('not a key\n')).toThrow(AgeError);
  });
});

function runAgeKeygenY(identity: string): string {
  const f = join(dir, `k-${randomBytes(4).toString('hex')}.txt`);
  writeFileSync(f, identity + '\n', { mode: 0o600 });
  const r = spawnSync('age-keygen', ['-y', f], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

describe('age files we write', () => {
  it.each(SIZES)('round trip of %i bytes', async (n) => {
    const data = randomBytes(n);
    expect((await decryptBuffer(await encryptBuffer(data, { recipients: [me.recipient] }), ids())).equals(data)).toBe(true);
  });

  it.each(SIZES)('stock age decrypts %i bytes (X25519)', async (n) => {
    const data = randomBytes(n);
    const file = await encryptBuffer(data, { recipients: [me.recipient] });
    expect(runAge(['-d', '-i', keyFile], file).equals(data)).toBe(true);
  });

  it('any one of several recipients opens the file, in both implementations', async () => {
    const other = generateIdentity();
    const data = randomBytes(CHUNK + 3);
    const file = await encryptBuffer(data, { recipients: [other.recipient, me.recipient] });
    expect(runAge(['-d', '-i', keyFile], file).equals(data)).toBe(true);
    expect((await decryptBuffer(file, { identities: parseIdentityFile(other.identity) })).equals(data)).toBe(true);
  });

  it('age-encryption decrypts ours (X25519 and passphrase at work factor 18)', async () => {
    const data = randomBytes(2 * CHUNK + 9);
    const d1 = new Decrypter();
    d1.addIdentity(me.identity);
    expect(Buffer.from(await d1.decrypt(await encryptBuffer(data, { recipients: [me.recipient] }))).equals(data)).toBe(true);
    const d2 = new Decrypter();
    d2.addPassphrase(PASSPHRASE);
    const file = await encryptBuffer(data, { passphrase: PASSPHRASE });
    expect(file.toString('latin1', 0, 200)).toMatch(/-> scrypt [A-Za-z0-9+/]{22} 18\n/);
    expect(Buffer.from(await d2.decrypt(file)).equals(data)).toBe(true);
  });
});

describe('how the input arrives does not change the file', () => {
  // The writer seals straight from the input buffers and carries only a short tail over:
  // every way of cutting the same bytes must give a file the stock tool reads back whole.
  const cuts: [string, (n: number) => number[]][] = [
    ['64 KiB pieces', (n) => pieces(n, CHUNK)],
    ['4 MiB pieces', (n) => pieces(n, 4 << 20)],
    ['odd pieces', (n) => pieces(n, 3 * CHUNK + 7)],
    ['tiny then large', (n) => (n > 10 ? [7, 3, n - 10] : [n])],
    ['with empty pieces', (n) => pieces(n, CHUNK + 1).flatMap((p) => [0, p, 0])],
  ];
  function pieces(n: number, size: number): number[] {
    const out: number[] = [];
    for (let off = 0; off < n; off += size) out.push(Math.min(size, n - off));
    return out;
  }
  it.each(cuts)('%s', async (_label, cut) => {
    for (const n of [0, CHUNK, 2 * CHUNK, 5 * CHUNK + 9, (4 << 20) + CHUNK]) {
      const data = randomBytes(n);
      async function* source() {
        let off = 0;
        for (const len of cut(n)) {
          yield data.subarray(off, off + len);
          off += len;
        }
      }
      const parts: Buffer[] = [];
      for await (const c of (await ageEncryptor({ recipients: [me.recipient] }))(source())) parts.push(c);
      expect(runAge(['-d', '-i', keyFile], Buffer.concat(parts)).equals(data), `${n} bytes`).toBe(true);
    }
  });
});

describe('age files others write', () => {
  it.each([0, CHUNK, 3 * CHUNK + 5])('ours decrypts stock age -r (%i bytes)', async (n) => {
    const data = randomBytes(n);
    const file = runAge(['-r', me.recipient], data);
    expect((await decryptBuffer(file, ids())).equals(data)).toBe(true);
  });

  it('armored (PEM-like) files are not backups: refused as not age binary', async () => {
    const file = runAge(['-a', '-r', me.recipient], randomBytes(10));
    expect(await kindOf(decryptBuffer(file, ids()))).toBe('not-age');
  });

  it('ours decrypts age-encryption files (X25519 and passphrase)', async () => {
    const data = randomBytes(CHUNK + 77);
    const id = await generateX25519Identity();
    const e1 = new Encrypter();
    e1.addRecipient(await identityToRecipient(id));
    expect((await decryptBuffer(Buffer.from(await e1.encrypt(data)), { identities: parseIdentityFile(id) })).equals(data)).toBe(true);
    const e2 = new Encrypter();
    e2.setPassphrase(PASSPHRASE);
    e2.setScryptWorkFactor(12);
    expect((await decryptBuffer(Buffer.from(await e2.encrypt(data)), { passphrase: PASSPHRASE })).equals(data)).toBe(true);
  });
});

describe('passphrase files and the stock tool (through a pseudo-terminal)', () => {
  it('stock age decrypts our passphrase file', async () => {
    const data = randomBytes(CHUNK + 11);
    const file = join(dir, 'ours-pass.age');
    writeFileSync(file, await encryptBuffer(data, { passphrase: PASSPHRASE }));
    runAgeWithPassphrase(['-d', '-o', join(dir, 'ours-pass.out'), file], PASSPHRASE);
    expect(readFileSync(join(dir, 'ours-pass.out')).equals(data)).toBe(true);
  });

  it('ours decrypts a stock age -p file', async () => {
    const data = randomBytes(CHUNK + 11);
    writeFileSync(join(dir, 'plain.bin'), data);
    runAgeWithPassphrase(['-p', '-o', join(dir, 'stock-pass.age'), join(dir, 'plain.bin')], PASSPHRASE, 2);
    expect((await decryptBuffer(readFileSync(join(dir, 'stock-pass.age')), { passphrase: PASSPHRASE })).equals(data)).toBe(true);
  });
});

describe('age files that must be refused', () => {
  let file: Buffer;
  let data: Buffer;
  let headerEnd: number;
  beforeAll(async () => {
    data = randomBytes(3 * CHUNK + 100);
    file = await encryptBuffer(data, { recipients: [me.recipient] });
    headerEnd = file.indexOf('\n---') + 1 + 47;
  });

  it('wrong passphrase, wrong key, no secret', async () => {
    const p = await encryptBuffer(data.subarray(0, 10), { passphrase: PASSPHRASE, scryptLogN: 10 });
    expect(await kindOf(decryptBuffer(p, { passphrase: 'not-it' }))).toBe('wrong-passphrase');
    expect(await kindOf(decryptBuffer(p, ids()))).toBe('wrong-passphrase');
    expect(await kindOf(decryptBuffer(file, { identities: parseIdentityFile(generateIdentity().identity) }))).toBe('no-identity');
    expect(await kindOf(decryptBuffer(file, { passphrase: PASSPHRASE }))).toBe('no-identity');
  });

  it('empty, random and foreign files', async () => {
    expect(await kindOf(decryptBuffer(Buffer.alloc(0), ids()))).toBe('not-age');
    expect(await kindOf(decryptBuffer(randomBytes(100_000), ids()))).toBe('not-age');
    expect(await kindOf(decryptBuffer(Buffer.from('SQLite format 3\0'), ids()))).toBe('not-age');
  });

  it('truncation at every interesting offset', async () => {
    const cuts = [
      5,
      30,
      headerEnd - 1,
      headerEnd,
      headerEnd + 8,
      headerEnd + 16,
      headerEnd + 17,
      headerEnd + 16 + CHUNK + 16,
      headerEnd + 16 + 2 * (CHUNK + 16),
      file.length - 17,
      file.length - 16,
      file.length - 1,
    ];
    for (const cut of cuts)
      expect(await kindOf(decryptBuffer(file.subarray(0, cut), ids())), `cut at ${cut}`).toMatch(/^(damaged|not-age)$/);
  });

  it('a flipped bit anywhere', async () => {
    const offsets = [
      0,
      10,
      25,
      40,
      60,
      80,
      headerEnd - 10,
      headerEnd - 2,
      headerEnd + 3,
      headerEnd + 16 + 5,
      headerEnd + 16 + CHUNK + 3,
      headerEnd + 16 + CHUNK + 16 + 1000,
      file.length - 40,
      file.length - 16,
      file.length - 1,
    ];
    for (const off of offsets) {
      const bad = Buffer.from(file);
      bad[off]! ^= 0x04;
      expect(await kindOf(decryptBuffer(bad, ids())), `flip at ${off}`).toMatch(/^(damaged|not-age|no-identity)$/);
    }
    const mac = Buffer.from(file);
    mac[headerEnd - 5]! ^= 0x01;
    expect(await kindOf(decryptBuffer(mac, ids()))).toBe('damaged');
  });

  it('trailing data, an empty extra chunk, a header with a scrypt stanza beside another', async () => {
    expect(await kindOf(decryptBuffer(Buffer.concat([file, Buffer.from([0])]), ids()))).toBe('damaged');
    const text = file.subarray(0, headerEnd).toString('latin1');
    const mixed = text.replace('-> X25519', '-> scrypt AAAAAAAAAAAAAAAAAAAAAA 10\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n-> X25519');
    expect(await kindOf(decryptBuffer(Buffer.concat([Buffer.from(mixed, 'latin1'), file.subarray(headerEnd)]), { passphrase: 'x' }))).toBe(
      'damaged',
    );
  });
});
