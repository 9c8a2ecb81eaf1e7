import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTemplate, copyVault, openCore, signIn, TempDirs, type VaultTemplate } from '../../testing/vault-fixture';
import { runUntilKilled } from '../../testing/kill-child';
import { generateIdentity, parseIdentityFile } from '../age';
import { chainLink, refusalOf } from '../testing/chain-fixture';
import { readChainFile } from './read';
import { verifyChain } from './rebuild';

const CHILD = fileURLToPath(new URL('../testing/kill-link-child.ts', import.meta.url));
const dirs = new TempDirs();
let template: VaultTemplate;
const key = generateIdentity();
const secrets = { identities: parseIdentityFile(`${key.identity}\n`) };

beforeAll(async () => {
  template = await buildTemplate(dirs, {});
});
afterAll(() => dirs.cleanup());

describe('kill -9 while writing a link', () => {
  for (const stage of ['scan', 'write'] as const) {
    it(`at the ${stage} stage leaves no file that verifies, and the chain goes on from its last good file`, async () => {
      const dir = copyVault(template.dir, dirs, `kill-${stage}`);
      const out = dirs.make(`kill-out-${stage}`);
      const run = await runUntilKilled(CHILD, [dir, out, template.manager.username, key.recipient, stage], {
        stdin: template.manager.password + '\n',
        killAfter: (s) => (s.includes(`at ${stage}`) ? 0 : null),
      });
      expect(run.signal, run.stderr).toBe('SIGKILL');
      expect(run.stdout).not.toContain('done');
      expect(existsSync(join(out, 'link-1.age'))).toBe(false);
      const partials = readdirSync(out).filter((n) => n.includes('.partial-'));
      if (stage === 'write') expect(partials).toHaveLength(1);
      for (const p of partials) {
        const e = await refusalOf(readChainFile(join(out, p), secrets));
        expect(['BACKUP_DAMAGED', 'BACKUP_NOT_A_BACKUP']).toContain(e.code);
      }
      // The chain state never moved: the next link builds on the full backup and the chain verifies.
      const core = openCore(dir);
      await signIn(core, template.manager);
      const link = await chainLink(core, out, 'link-1.age', key.recipient, new Date('2026-12-03T02:00:00Z'));
      await core.close();
      expect((await verifyChain([join(out, 'full.age'), link.path], secrets)).formatVersion).toBe(3);
    }, 120_000);
  }
});
