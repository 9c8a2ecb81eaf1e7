import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DEVICE_CHOOSER_DENIALS, forbiddenSwitches } from './security-policy';

const repo = path.resolve(__dirname, '..', '..');
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

describe('start-up switches in a packaged build', () => {
  const none = () => false;

  it.each([
    ['--remote-debugging-port=9222'],
    ['--remote-debugging-pipe'],
    ['--inspect'],
    ['--inspect=127.0.0.1:9229'],
    ['--inspect-brk'],
    ['--inspect-port=9229'],
    ['--js-flags=--allow-natives-syntax'],
    ['-remote-debugging-port=9222'],
    ['--REMOTE-DEBUGGING-PORT=1'],
    ['--no-sandbox'],
    ['--disable-web-security'],
    ['--proxy-server=http://evil'],
    ['--load-extension=/tmp/x'],
  ])('refuses %s', (arg) => {
    expect(forbiddenSwitches(['/opt/Amizero/amizero', arg], none).length).toBe(1);
  });

  it('also sees switches Chromium took from elsewhere (app.commandLine)', () => {
    expect(forbiddenSwitches(['/opt/Amizero/amizero'], (s) => s === 'remote-debugging-port')).toEqual(['remote-debugging-port']);
  });

  it('lets an ordinary start and a file argument through', () => {
    expect(forbiddenSwitches(['/opt/Amizero/amizero'], none)).toEqual([]);
    expect(forbiddenSwitches(['/opt/Amizero/amizero', '/home/me/backup.age', '--lang=fr'], none)).toEqual([]);
  });
});

describe('device choosers', () => {
  it('covers bluetooth, HID, serial and USB', () => {
    expect(DEVICE_CHOOSER_DENIALS.map((d) => d.event).sort()).toEqual([
      'select-bluetooth-device',
      'select-hid-device',
      'select-serial-port',
      'select-usb-device',
    ]);
  });

  it.each(DEVICE_CHOOSER_DENIALS.map((d) => [d.event, d] as const))('%s: the default chooser is stopped and nothing is chosen', (_e, d) => {
    const event = { preventDefault: vi.fn() };
    const callback = vi.fn();
    d.deny(event, callback);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(callback).toHaveBeenCalledOnce();
    const chosen = callback.mock.calls[0]![0] as unknown;
    expect(chosen === undefined || chosen === '' || chosen === null).toBe(true);
  });
});

describe('macOS entitlements', () => {
  const config = yaml.load(readFileSync(path.join(repo, 'electron-builder.yml'), 'utf8')) as {
    mac?: { entitlements?: string; entitlementsInherit?: string; hardenedRuntime?: boolean };
  };

  it("uses our own entitlements, not electron-builder's default (which disables library validation)", () => {
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.mac?.entitlements).toBe('build/entitlements.mac.plist');
    expect(config.mac?.entitlementsInherit).toBe('build/entitlements.mac.plist');
    const plist = readFileSync(path.join(repo, 'build', 'entitlements.mac.plist'), 'utf8');
    expect(plist).toContain('com.apple.security.cs.allow-jit');
  });

  it('grants disable-library-validation nowhere in build/ or the builder config', () => {
    const files: string[] = [path.join(repo, 'electron-builder.yml')];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = path.join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else files.push(p);
      }
    };
    walk(path.join(repo, 'build'));
    for (const f of files) expect(readFileSync(f, 'latin1'), f).not.toContain('disable-library-validation');
  });
});
