import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { delayAfter, FREE_ATTEMPTS, GLOBAL_FREE, globalDelayAfter, SignInThrottle } from './throttle';
import { copyVault, openCore, signIn, TempDirs, TestClock, useVaultTemplate } from '../testing/vault-fixture';

/**
 * The throttle is what makes guessing slow. If its file cannot be written (a full disk,
 * a folder made read-only, a directory put in its place) guessing must not become free:
 * sign-in is refused by name. And guessing across many usernames is slowed too.
 */
const dirs = new TempDirs();
afterAll(() => dirs.cleanup());
const vault = useVaultTemplate();

const codeOf = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  return e instanceof AppError ? e.code : String(e);
};

describe('a throttle file that cannot be written fails closed', () => {
  it('refuses sign-in, with the right password or a wrong one, by name', async () => {
    const dir = copyVault(vault.template.dir, dirs);
    // A directory where the file should be: unwritable even for root.
    rmSync(join(dir, 'signin-throttle.json'), { force: true });
    mkdirSync(join(dir, 'signin-throttle.json'));
    const core = openCore(dir);
    expect(await codeOf(signIn(core, { username: vault.template.manager.username, password: 'Wrong-Guess-Again-32' }))).toBe(
      'SIGN_IN_STATE_UNWRITABLE',
    );
    expect(await codeOf(signIn(core, vault.template.manager))).toBe('SIGN_IN_STATE_UNWRITABLE');
    expect(core.state.session).toBeNull();
    await core.close();
  });

  it('the throttle itself refuses to record when it cannot write', () => {
    const path = join(dirs.make('unwritable'), 'signin-throttle.json');
    mkdirSync(path);
    const t = new SignInThrottle(path);
    expect(() => t.recordFailure('who')).toThrow(expect.objectContaining({ code: 'SIGN_IN_STATE_UNWRITABLE' }));
    expect(() => t.assertWritable()).toThrow(expect.objectContaining({ code: 'SIGN_IN_STATE_UNWRITABLE' }));
  });
});

describe('a global throttle across usernames', () => {
  it('after many failures under different names, every name waits, and it survives a restart', () => {
    const path = join(dirs.make('global'), 'signin-throttle.json');
    const clock = new TestClock();
    const t = new SignInThrottle(path, clock.now);
    for (let i = 0; i < GLOBAL_FREE - 1; i++) t.recordFailure(`name-${i}`);
    // Each name is under its own limit: no one waits yet.
    expect(t.waitMs('never-tried')).toBe(0);
    t.recordFailure('one-more-name');
    const wait = globalDelayAfter(GLOBAL_FREE);
    expect(wait).toBeGreaterThan(0);
    expect(new SignInThrottle(path, clock.now).waitMs('never-tried')).toBe(wait);
    clock.advance(wait);
    expect(t.waitMs('never-tried')).toBe(0);
    expect(FREE_ATTEMPTS).toBeLessThan(GLOBAL_FREE);
    expect(delayAfter(1)).toBe(0);
  });

  it('forgets failures older than its window', () => {
    const path = join(dirs.make('global-window'), 'signin-throttle.json');
    const clock = new TestClock();
    const t = new SignInThrottle(path, clock.now);
    for (let i = 0; i < GLOBAL_FREE; i++) t.recordFailure(`name-${i}`);
    expect(t.waitMs('x')).toBeGreaterThan(0);
    clock.advance(60 * 60_000);
    t.recordFailure('late');
    expect(t.waitMs('x')).toBe(0);
  });

  it('core refuses sign-in with THROTTLED while the global wait runs', async () => {
    const dir = copyVault(vault.template.dir, dirs);
    const clock = new TestClock();
    const t = new SignInThrottle(join(dir, 'signin-throttle.json'), clock.now);
    for (let i = 0; i < GLOBAL_FREE; i++) t.recordFailure(`guess-${i}`);
    const core = openCore(dir, { now: clock.now });
    expect(await codeOf(signIn(core, vault.template.manager))).toBe('THROTTLED');
    clock.advance(globalDelayAfter(GLOBAL_FREE));
    await signIn(core, vault.template.manager);
    await core.close();
  });
});
