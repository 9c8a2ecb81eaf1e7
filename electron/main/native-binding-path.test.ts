import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronNativeBindingPath } from './native-binding-path';

const repo = path.resolve(__dirname, '..', '..');

describe('Electron native binding path', () => {
  it('is under resources/native when packaged', () => {
    expect(
      electronNativeBindingPath({
        isPackaged: true,
        resourcesPath: '/opt/Amizero/resources',
        appPath: '/x',
        electronVersion: '45.4.1',
        platform: 'linux',
        arch: 'x64',
      }),
    ).toBe(path.join('/opt/Amizero/resources', 'native', 'better_sqlite3.node'));
  });

  it('matches where build/scripts/electron-native.mjs puts the binary', () => {
    const electronVersion = JSON.parse(readFileSync(path.join(repo, 'node_modules', 'electron', 'package.json'), 'utf8')).version as string;
    const fromScript = execFileSync(process.execPath, [path.join(repo, 'build', 'scripts', 'electron-native.mjs'), '--print-path'], {
      encoding: 'utf8',
    }).trim();
    const fromMain = electronNativeBindingPath({
      isPackaged: false,
      resourcesPath: '/unused',
      appPath: repo,
      electronVersion,
      platform: process.platform,
      arch: process.arch,
    });
    expect(fromMain).toBe(fromScript);
  });

  it('never points at the Node build that npm test uses', () => {
    const p = electronNativeBindingPath({
      isPackaged: false,
      resourcesPath: '',
      appPath: repo,
      electronVersion: '45.4.1',
      platform: 'linux',
      arch: 'x64',
    });
    expect(p).not.toContain(path.join('better-sqlite3-multiple-ciphers', 'build'));
  });
});
