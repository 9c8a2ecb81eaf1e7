import { describe, expect, it } from 'vitest';
import { hkdfSync, randomBytes } from 'node:crypto';
import { hkdfSha256 } from './hkdf';

describe('hkdfSha256', () => {
  it('gives the bytes of node’s hkdfSync for a 32-byte key, so keys sealed before still open', () => {
    for (let i = 0; i < 20; i++) {
      const ikm = randomBytes(32);
      const salt = randomBytes(i % 3 === 0 ? 0 : 16 + i);
      const info = `amizero-seal-v1|vault|slot ${i}|dek`;
      expect(hkdfSha256(ikm, salt, info).equals(Buffer.from(hkdfSync('sha256', ikm, salt, info, 32)))).toBe(true);
    }
  });

  it('reads the info as UTF-8', () => {
    const ikm = randomBytes(32);
    const salt = randomBytes(16);
    expect(hkdfSha256(ikm, salt, 'intégrité').equals(Buffer.from(hkdfSync('sha256', ikm, salt, 'intégrité', 32)))).toBe(true);
  });
});
