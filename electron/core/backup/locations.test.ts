import { describe, expect, it } from 'vitest';
import { caseInsensitiveFs, defaultBackupName, isInside } from './locations';

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

describe('backup file names', () => {
  it('carry the time in the shelter time zone, the time its screens show', () => {
    const at = new Date('2026-12-06T14:19:16Z');
    expect(defaultBackupName('KGL', at, 'Africa/Kigali')).toBe('amizero-KGL-20261206-161916.age');
    expect(defaultBackupName('KGL', at, 'UTC')).toBe('amizero-KGL-20261206-141916.age');
    // Across midnight the date is the shelter's date too.
    expect(defaultBackupName('KGL', new Date('2026-12-06T22:30:00Z'), 'Africa/Kigali')).toBe('amizero-KGL-20261207-003000.age');
  });
});
