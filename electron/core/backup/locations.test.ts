import { describe, expect, it } from 'vitest';
import { caseInsensitiveFs, isInside } from './locations';

describe('inside the data folder', () => {
  it('compares case-insensitively where the file system does (Windows, macOS), exactly elsewhere', () => {
    expect(caseInsensitiveFs('win32')).toBe(true);
    expect(caseInsensitiveFs('darwin')).toBe(true);
    expect(caseInsensitiveFs('linux')).toBe(false);
    // Paths that do not exist: compared as written.
    expect(isInside('/Users/Shelter/AMIZERO/backups', '/Users/shelter/Amizero', 'darwin')).toBe(true);
    expect(isInside('/Users/Shelter/AMIZERO/backups', '/Users/shelter/Amizero', 'linux')).toBe(false);
    expect(isInside('/Users/shelter/Amizero-stick', '/Users/shelter/Amizero', 'darwin')).toBe(false);
  });
});
