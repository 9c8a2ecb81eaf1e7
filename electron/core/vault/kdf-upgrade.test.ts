import { afterAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Keyring } from '../../../shared/files/keyring';
import { DEFAULT_KDF } from './kdf';
import { openCore, setupVault, signIn, TempDirs } from '../testing/vault-fixture';

/**
 * Slots made under older, weaker KDF settings are re-wrapped with the current ones at
 * the next sign-in. To get such a slot, setup runs while new slots get legacy parameters.
 */
const legacy = vi.hoisted(() => ({ on: false }));
vi.mock('./kdf', async (importOriginal) => {
  const real = await importOriginal<typeof import('./kdf')>();
  return {
    ...real,
    newKdfParams: () => (legacy.on ? { ...real.newKdfParams(), memoryKiB: 16 * 1024, iterations: 2 } : real.newKdfParams()),
  };
});

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

const slotsOf = (dir: string) => (JSON.parse(readFileSync(join(dir, 'keyring.json'), 'utf8')) as Keyring).slots;

describe('KDF upgrade on sign-in', () => {
  it('re-wraps a weaker slot with the current parameters and records it; the password keeps working', async () => {
    const dir = dirs.make('kdf');
    legacy.on = true;
    const { core, template } = await setupVault(dir);
    await core.close();
    legacy.on = false;
    const before = slotsOf(dir).find((s) => s.userId === template.manager.id)!;
    expect(before.kdf.memoryKiB).toBeLessThan(DEFAULT_KDF.memoryKiB);

    await signIn(core, template.manager);
    const after = slotsOf(dir).find((s) => s.userId === template.manager.id)!;
    expect(after.kdf).toMatchObject({ memoryKiB: DEFAULT_KDF.memoryKiB, iterations: DEFAULT_KDF.iterations });
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
