import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { changedPageIndexes, PAGE_MARK_BYTES } from './io';

/** The plain per-page comparison the block comparison must agree with. */
function naive(old: Buffer, now: Buffer): number[] {
  const out: number[] = [];
  for (let i = 0; i < now.length / PAGE_MARK_BYTES; i++) {
    const m = i * PAGE_MARK_BYTES;
    if (m < old.length && now.compare(old, m, m + PAGE_MARK_BYTES, m, m + PAGE_MARK_BYTES) === 0) continue;
    out.push(i);
  }
  return out;
}

describe('changedPageIndexes', () => {
  it('finds exactly the pages whose mark changed or that are new, across block edges, growth and shrinkage', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1200 }),
        fc.integer({ min: 0, max: 1200 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(PAGE_MARK_BYTES - 1)), { maxLength: 40 }),
        (oldPages, newPages, flips) => {
          const old = Buffer.alloc(oldPages * PAGE_MARK_BYTES);
          for (let i = 0; i < old.length; i++) old[i] = (i * 131 + 7) & 0xff;
          const now = Buffer.alloc(newPages * PAGE_MARK_BYTES);
          old.copy(now, 0, 0, Math.min(old.length, now.length));
          for (const [page, byte] of flips) if (newPages > 0) now[(page % newPages) * PAGE_MARK_BYTES + byte]! ^= 1;
          expect(changedPageIndexes(old, now)).toEqual(naive(old, now));
        },
      ),
    );
  });

  it('names a single changed mark in the last page of a block and the first of the next', () => {
    const old = Buffer.alloc(600 * PAGE_MARK_BYTES, 1);
    const now = Buffer.from(old);
    now[256 * PAGE_MARK_BYTES - 1] = 2;
    now[256 * PAGE_MARK_BYTES] = 2;
    expect(changedPageIndexes(old, now)).toEqual([255, 256]);
    expect(changedPageIndexes(old, Buffer.from(old))).toEqual([]);
  });
});
