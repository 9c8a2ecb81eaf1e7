import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../core/paths';
import { resolveDataDir } from './data-dir';
import { shouldLockForSystemIdle } from './idle-policy';

describe('data folder', () => {
  it('is userData/vault, the same folder core computes for the CLI', () => {
    const home = '/home/shelter';
    const userData = path.join(home, '.config', 'Amizero');
    expect(resolveDataDir({}, userData)).toBe(path.join(userData, 'vault'));
    if (process.platform === 'linux') {
      expect(defaultDataDir({ XDG_CONFIG_HOME: path.join(home, '.config') }, 'linux')).toBe(resolveDataDir({}, userData));
    }
  });

  it('is overridden by AMIZERO_DATA_DIR', () => {
    expect(resolveDataDir({ AMIZERO_DATA_DIR: '/srv/vault-under-test' }, '/ignored')).toBe(path.resolve('/srv/vault-under-test'));
    expect(resolveDataDir({ AMIZERO_DATA_DIR: '  ' }, '/u')).toBe(path.join('/u', 'vault'));
  });
});

describe('system idle backstop', () => {
  it('locks once the whole machine has been idle past the limit', () => {
    const fiveMinutes = 5 * 60_000;
    expect(shouldLockForSystemIdle(299, fiveMinutes)).toBe(false);
    expect(shouldLockForSystemIdle(300, fiveMinutes)).toBe(true);
  });

  it('does nothing without a session or limit', () => {
    expect(shouldLockForSystemIdle(10_000, undefined)).toBe(false);
    expect(shouldLockForSystemIdle(10_000, 0)).toBe(false);
  });
});
