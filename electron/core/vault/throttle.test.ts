import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { delayAfter, FREE_ATTEMPTS, SignInThrottle } from './throttle';
import { TempDirs, TestClock } from '../testing/vault-fixture';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

describe('sign-in throttle policy', () => {
  it('allows a few free attempts, then doubles the wait up to a cap', () => {
    for (let f = 0; f < FREE_ATTEMPTS; f++) expect(delayAfter(f)).toBe(0);
    const delays = Array.from({ length: 12 }, (_, i) => delayAfter(FREE_ATTEMPTS + i));
    expect(delays[0]).toBeGreaterThan(0);
    for (let i = 1; i < delays.length; i++) expect(delays[i]!).toBeGreaterThanOrEqual(delays[i - 1]!);
    expect(delays[1]).toBe(delays[0]! * 2);
    expect(delayAfter(1000)).toBe(15 * 60_000);
  });

  it('persists failures, waits from the last one, and forgets them on success', () => {
    const path = join(dirs.make('throttle'), 'signin-throttle.json');
    const clock = new TestClock();
    const t = new SignInThrottle(path, clock.now);
    for (let i = 1; i <= FREE_ATTEMPTS; i++) t.recordFailure('who');
    const wait = delayAfter(FREE_ATTEMPTS);
    expect(new SignInThrottle(path, clock.now).waitMs('who')).toBe(wait);
    expect(t.waitMs('someone-else')).toBe(0);
    clock.advance(wait - 1);
    expect(t.waitMs('who')).toBe(1);
    clock.advance(1);
    expect(t.waitMs('who')).toBe(0);
    t.recordSuccess('who');
    expect(t.waitMs('who')).toBe(0);
    // Successes clear the delay, not the record of failures still owed to the audit log.
    expect(t.peekPending()).toHaveLength(FREE_ATTEMPTS);
    t.forgetPending(2);
    expect(t.peekPending()).toHaveLength(FREE_ATTEMPTS - 2);
  });

  it('treats a damaged throttle file as empty rather than locking everyone out', () => {
    const path = join(dirs.make('throttle'), 'signin-throttle.json');
    writeFileSync(path, '{not json');
    const t = new SignInThrottle(path);
    expect(t.waitMs('who')).toBe(0);
    t.recordFailure('who');
    expect(JSON.parse(readFileSync(path, 'utf8')).entries.who.failures).toBe(1);
  });
});
