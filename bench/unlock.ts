import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Core } from '../electron/core/core';
import { deriveKek, newKdfParams } from '../electron/core/vault/kdf';
import { percentile, timeIt } from './stats';

const PASSWORD = 'bench passphrase, long enough 42';

/** Unlock cost: the Argon2id derivation alone, then the whole sign-in through core. */
export async function benchUnlock(rounds: number): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'amizero-bench-'));
  try {
    const kdf: number[] = [];
    for (let i = 0; i < rounds; i++) kdf.push((await timeIt(() => deriveKek(PASSWORD, newKdfParams()))).ms);

    const core = new Core({ dataDir: dir, log: () => undefined, scheduledBackups: false });
    const prep = await core.call('setup.prepare', {});
    const groups = prep.recoveryKey.split('-');
    const setup = await timeIt(() =>
      core.call('setup.complete', {
        organisationName: 'Bench Shelter',
        siteCode: 'BEN',
        manager: { fullName: 'Bench Manager', username: 'bench', password: PASSWORD },
        recoveryConfirmation: prep.confirmGroups.map((g) => groups[g - 1]!),
      }),
    );
    const signIn: number[] = [];
    const lock: number[] = [];
    for (let i = 0; i < rounds; i++) {
      lock.push((await timeIt(() => core.call('auth.lock', { reason: 'manual' }))).ms);
      signIn.push((await timeIt(() => core.call('auth.signIn', { username: 'bench', password: PASSWORD }))).ms);
    }
    await core.close();
    return {
      kdf_p50_ms: percentile(kdf, 50),
      kdf_p95_ms: percentile(kdf, 95),
      setup_ms: setup.ms,
      sign_in_p50_ms: percentile(signIn, 50),
      sign_in_p95_ms: percentile(signIn, 95),
      lock_p50_ms: percentile(lock, 50),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
