import { describe, expect, it } from 'vitest';
import type { BackupProgressEvent } from '../../../shared/domain/backup-schedule';
import { ProgressReporter } from './progress';

function reporter() {
  let t = 0;
  const seen: BackupProgressEvent[] = [];
  const r = new ProgressReporter(
    'create',
    (e) => seen.push(e),
    () => t,
    200,
  );
  return { r, seen, at: (ms: number) => (t = ms) };
}

describe('progress reporter', () => {
  it('sends at most one update per interval within a phase, but every phase change and the end', () => {
    const { r, seen, at } = reporter();
    r.update('snapshot', 0, null);
    at(10);
    r.update('encrypt', 0, 1000);
    for (let ms = 20; ms < 1000; ms += 10) {
      at(ms);
      r.update('encrypt', ms, 1000);
    }
    at(1000);
    r.update('encrypt', 1000, 1000);
    r.done();
    const encrypt = seen.filter((e) => e.phase === 'encrypt');
    // Start, one every 200 ms over ~1 s, and the final 100 %: not the ~100 calls made.
    expect(encrypt.length).toBeGreaterThanOrEqual(5);
    expect(encrypt.length).toBeLessThanOrEqual(7);
    expect(seen.map((e) => e.phase)).toEqual(['snapshot', ...encrypt.map(() => 'encrypt'), 'done']);
    expect(encrypt.at(-1)).toMatchObject({ bytesDone: 1000, bytesTotal: 1000, etaSeconds: 0 });
    expect(seen[0]).toMatchObject({ operation: 'create', bytesTotal: null, etaSeconds: null });
  });

  it('estimates the time left from the rate so far, once the phase has run a second', () => {
    const { r, seen, at } = reporter();
    r.update('encrypt', 0, 10_000);
    at(500);
    r.update('encrypt', 500, 10_000);
    expect(seen.at(-1)!.etaSeconds).toBeNull();
    at(2000);
    r.update('encrypt', 2000, 10_000); // 1 byte/ms → 8 s left
    expect(seen.at(-1)!.etaSeconds).toBe(8);
    at(4000);
    r.update('verify', 0, 10_000); // a new phase starts its own estimate
    expect(seen.at(-1)!.etaSeconds).toBeNull();
  });

  it('says at once when reading is over and checking (with no byte count) begins', () => {
    const { r, seen, at } = reporter();
    r.update('verify', 0, 1000);
    at(50);
    r.update('verify', 1000, 1000);
    at(60);
    r.update('verify', 0, null);
    expect(seen.map((e) => [e.phase, e.bytesTotal])).toEqual([
      ['verify', 1000],
      ['verify', 1000],
      ['verify', null],
    ]);
  });
});
