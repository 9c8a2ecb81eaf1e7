import { chosen } from '../testing/chosen';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { generateIdentity, parseIdentityFile } from './age';
import { decryptBuffer, encryptBuffer } from './testing/age-tools';
import { verifyBackup } from './verify';
import { openCore, signIn, TempDirs, useVaultTemplate } from '../testing/vault-fixture';

/**
 * Every backup carries the audit chain's head (count, newest hash) in its manifest: a
 * copy of the log's state kept away from the laptop. Verification holds the snapshot's
 * chain to it.
 */
const dirs = new TempDirs();
afterAll(() => dirs.cleanup());
const vault = useVaultTemplate();
const key = generateIdentity();
const secrets = () => ({ identities: parseIdentityFile(key.identity) });
let file: string;
let chain: { count: number; hash: string };

beforeAll(async () => {
  const core = openCore(vault.fresh('head'));
  await signIn(core, vault.template.manager);
  file = (
    await core.call('backup.create', {
      folderToken: await chosen(core, 'backupFolder', dirs.make('out')),
      recipients: [key.recipient],
      password: vault.template.manager.password,
    })
  ).path;
  const sqlite = core.state.session!.sqlite;
  chain = {
    count: sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number,
    hash: sqlite.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get() as string,
  };
  await core.close();
});

describe('the audit head in backup manifests', () => {
  it("records the snapshot's chain head, and a backup that matches it verifies", async () => {
    const tar = await decryptBuffer(readFileSync(file), secrets());
    const size = parseInt(tar.toString('latin1', 124, 136), 8);
    const manifest = JSON.parse(tar.toString('utf8', 512, 512 + size)) as { auditHead: { count: number; hash: string } };
    // The backup's own audit entry is written after the snapshot.
    expect(manifest.auditHead.count).toBeLessThanOrEqual(chain.count);
    expect(manifest.auditHead.count).toBeGreaterThan(0);
    expect(manifest.auditHead.hash).toMatch(/^[0-9a-f]{64}$/);
    await expect(verifyBackup(file, secrets())).resolves.toBeDefined();
  });

  it('a manifest whose head does not match the snapshot is refused as damaged', async () => {
    const tar = await decryptBuffer(readFileSync(file), secrets());
    const size = parseInt(tar.toString('latin1', 124, 136), 8);
    const text = tar.toString('latin1', 512, 512 + size);
    const m = /"auditHead": \{\s*"count": \d+,\s*"hash": "([0-9a-f])/.exec(text)!;
    const at = 512 + m.index + m[0].length - 1;
    tar[at] = m[1] === 'a' ? 0x62 : 0x61;
    const forged = join(dirs.make('forged'), 'forged.age');
    writeFileSync(forged, await encryptBuffer(tar, { recipients: [key.recipient] }));
    const e = await verifyBackup(forged, secrets()).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('BACKUP_DAMAGED');
    expect((e as AppError).message).toContain('audit log');
  });
});
