import { describe, expect, it } from 'vitest';
import { uuidv7 } from './ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function embeddedMs(id: string): number {
  return parseInt(id.replace(/-/g, '').slice(0, 12), 16);
}

describe('uuidv7', () => {
  it('has the RFC 9562 version and variant bits and carries the timestamp', () => {
    const at = Date.UTC(2031, 4, 6, 7, 8, 9, 10);
    const id = uuidv7(at);
    expect(id).toMatch(UUID_V7);
    expect(embeddedMs(id)).toBe(at);
  });

  it('sorts in creation order, also for thousands of ids in one millisecond', () => {
    const at = Date.UTC(2032, 0, 1);
    // More than the 12-bit counter holds, so the rollover path is exercised too.
    const ids = Array.from({ length: 6000 }, () => uuidv7(at));
    for (let i = 1; i < ids.length; i++) expect(ids[i]! > ids[i - 1]!, `id ${i} sorts after id ${i - 1}`).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(UUID_V7);
  });

  it('stays ordered when the clock steps backwards', () => {
    const later = Date.UTC(2033, 0, 1);
    const a = uuidv7(later);
    const b = uuidv7(later - 60_000);
    expect(b > a).toBe(true);
  });

  it('orders ids from successive milliseconds by time', () => {
    const t = Date.UTC(2034, 0, 1);
    const ids = [uuidv7(t), uuidv7(t + 1), uuidv7(t + 2), uuidv7(t + 1000)];
    expect([...ids].sort()).toEqual(ids);
    expect(ids.map(embeddedMs)).toEqual([t, t + 1, t + 2, t + 1000]);
  });
});
