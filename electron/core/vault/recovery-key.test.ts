import { describe, expect, it } from 'vitest';
import { generateRecoveryKey, normaliseGroup, normaliseRecoveryKey, recoveryKeyGroups } from './recovery-key';

const SHAPE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){8}$/;

/** Keys containing the characters whose look-alikes are being tested. */
function keyWith(chars: string): string {
  for (;;) {
    const k = generateRecoveryKey();
    if ([...chars].every((c) => k.includes(c))) return k;
  }
}

describe('recovery key', () => {
  it('is nine groups of four Crockford base32 characters, different every time', () => {
    const keys = Array.from({ length: 50 }, generateRecoveryKey);
    for (const k of keys) {
      expect(k).toMatch(SHAPE);
      expect(recoveryKeyGroups(k)).toHaveLength(9);
      expect(normaliseRecoveryKey(k)).toBe(k);
    }
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('accepts lowercase, missing dashes and spaces', () => {
    const k = generateRecoveryKey();
    expect(normaliseRecoveryKey(k.toLowerCase())).toBe(k);
    expect(normaliseRecoveryKey(k.replace(/-/g, ''))).toBe(k);
    expect(normaliseRecoveryKey(`  ${k.replace(/-/g, ' ')}  `)).toBe(k);
    expect(normaliseRecoveryKey(k.toLowerCase().replace(/-/g, ''))).toBe(k);
  });

  it('reads O as 0 and I or L as 1', () => {
    const k = keyWith('01');
    expect(normaliseRecoveryKey(k.replace(/0/g, 'O'))).toBe(k);
    expect(normaliseRecoveryKey(k.replace(/0/g, 'o'))).toBe(k);
    expect(normaliseRecoveryKey(k.replace(/1/g, 'I'))).toBe(k);
    expect(normaliseRecoveryKey(k.replace(/1/g, 'l'))).toBe(k);
    expect(normaliseGroup(' o1Li ')).toBe('0111');
  });

  it('rejects a mistyped character through its checksum', () => {
    const k = generateRecoveryKey();
    const chars = [...k.replace(/-/g, '')];
    let rejected = 0;
    for (let i = 0; i < 32; i++) {
      const typo = [...chars];
      typo[i] = typo[i] === 'A' ? 'B' : 'A';
      if (normaliseRecoveryKey(typo.join('')) === null) rejected++;
    }
    // A 20-bit checksum lets about one in a million typos through; none of these 32.
    expect(rejected).toBe(32);
  });

  it('rejects wrong lengths and characters outside the alphabet', () => {
    const k = generateRecoveryKey();
    expect(normaliseRecoveryKey(k.slice(0, -1))).toBeNull();
    expect(normaliseRecoveryKey(k + 'A')).toBeNull();
    expect(normaliseRecoveryKey(k.replace(/^./, 'U'))).toBeNull();
    expect(normaliseRecoveryKey('')).toBeNull();
    expect(normaliseRecoveryKey('not a recovery key at all, really not')).toBeNull();
  });
});
