import { afterAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KdfParams, Keyring } from '../../../shared/files/keyring';
import { DEFAULT_KDF } from './kdf';
import { openCore, setupVault, signIn, TempDirs } from '../testing/vault-fixture';

/**
 * Slots made under older, weaker KDF settings are re-wrapped with the current ones at
 * the next sign-in. Slots below the design values are refused outright (keyring.ts
 * bounds), so the upgrade matters when the default is raised: the vault is set up with
 * today's parameters, then the default is raised to one more pass.
 */
const raised = vi.hoisted(() => ({ on: false }));
vi.mock('./kdf', async (importOriginal) => {
  const real = await importOriginal<typeof import('./kdf')>();
  const stronger = { ...real.DEFAULT_KDF, iterations: real.DEFAULT_KDF.iterations + 1 };
  return {
    ...real,
    newKdfParams: () => (raised.on ? { ...real.newKdfParams(), ...stronger } : real.newKdfParams()),
    isWeakerThanDefault: (p: KdfParams) =>
      raised.on ? p.memoryKiB < stronger.memoryKiB || p.iterations < stronger.iterations : real.isWeakerThanDefault(p),
  };
});

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

const slotsOf = (dir: string) => (JSON.parse(readFileSync(join(dir, 'keyring.json'), 'utf8')) as Keyring).slots;

describe('KDF upgrade on sign-in', () => {
  it('re-wraps a weaker slot with the current parameters and records it; the password keeps working', async () => {
    const dir = dirs.make('kdf');
    const { core, template } = await setupVault(dir);
    await core.close();
    raised.on = true;
    const before = slotsOf(dir).find((s) => s.userId === template.manager.id)!;
    expect(before.kdf).toMatchObject({ memoryKiB: DEFAULT_KDF.memoryKiB, iterations: DEFAULT_KDF.iterations });

    await signIn(core, template.manager);
    const after = slotsOf(dir).find((s) => s.userId === template.manager.id)!;
    expect(after.kdf).toMatchObject({ memoryKiB: DEFAULT_KDF.memoryKiB, iterations: DEFAULT_KDF.iterations + 1 });
    expect(after.kdf.salt).not.toBe(before.kdf.salt);
    const entries = await core.call('audit.list', { limit: 50 });
    expect(entries.find((e) => e.action === 'auth.kdf_upgraded')).toMatchObject({ targetId: template.manager.id });
    expect(core.state.session?.user.mustChangePassword).toBe(false);
    await core.close();

    const again = openCore(dir);
    await signIn(again, template.manager);
    expect((await again.call('audit.list', { limit: 50 })).filter((e) => e.action === 'auth.kdf_upgraded')).toHaveLength(1);
    await again.close();
  });
});
