import { describe, expect, it } from 'vitest';
import { isAcceptablePassword, passwordSchema, passwordStrength, PASSWORD_MIN_LENGTH } from './password';

describe('password strength rules', () => {
  it('refuses anything shorter than the minimum, however varied', () => {
    const short = 'Zq7!mK2@x#'.slice(0, PASSWORD_MIN_LENGTH - 1);
    expect(isAcceptablePassword(short)).toBe(false);
    expect(passwordStrength(short).hints).toContain('tooShort');
    expect(passwordStrength(short).score).toBeLessThanOrEqual(1);
  });

  it('refuses passwords from breach lists and local favourites, in any case', () => {
    for (const p of ['password123', 'Password123', 'qwertyuiop', 'amizero123', 'Kigali123', 'changeme123']) {
      expect(isAcceptablePassword(p), p).toBe(false);
      expect(passwordStrength(p).hints, p).toContain('common');
      expect(passwordStrength(p).score, p).toBe(0);
    }
  });

  it('refuses repeated characters', () => {
    expect(isAcceptablePassword('aaaaaaaaaaaaaaaa')).toBe(false);
    expect(passwordStrength('aaaaaaaaaaaaaaaa').hints).toContain('repeated');
  });

  it('refuses passwords made of alphabet, digit or keyboard runs', () => {
    for (const p of ['abcdefghijklmnop', 'zyxwvutsrqponm', 'qwertyuiop12', 'Abcd1234efgh', '9876543210ab', 'asdfghjkl123']) {
      expect(isAcceptablePassword(p), p).toBe(false);
      expect(passwordStrength(p).hints, p).toContain('sequence');
    }
  });

  it('accepts long passphrases and varied passwords, with no hints when strong', () => {
    for (const p of ['correct horse battery staple', 'Kivu-shore-Lantern-47', 'Tr0ub4dour&3x']) {
      expect(isAcceptablePassword(p), p).toBe(true);
      expect(passwordStrength(p).score, p).toBeGreaterThanOrEqual(3);
      expect(passwordStrength(p).hints, p).toEqual([]);
    }
  });

  it('still accepts a strong password that contains one short run', () => {
    expect(isAcceptablePassword('MyDog-Rex-1234-Blue!')).toBe(true);
    expect(passwordStrength('MyDog-Rex-1234-Blue!').hints).toContain('sequence');
  });

  it('asks for variety when only one kind of character is used', () => {
    expect(passwordStrength('kivushore').hints).toContain('addVariety');
    expect(passwordStrength('kivu-shore-7').hints).not.toContain('addVariety');
  });

  it('never scores above weak while too short', () => {
    expect(passwordStrength('Zq7!mK2@x').score).toBeLessThanOrEqual(1);
  });

  it('limits only structure in the schema, so core can say why a password is weak', () => {
    expect(passwordSchema.safeParse('weak').success).toBe(true);
    expect(passwordSchema.safeParse('').success).toBe(false);
    expect(passwordSchema.safeParse('x'.repeat(257)).success).toBe(false);
  });
});
