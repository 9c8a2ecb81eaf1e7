import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCsp, createNonce } from './csp';
import { mainWebPreferences } from './web-preferences';

const repo = path.resolve(__dirname, '..', '..');

// js-yaml ships with electron-builder (no types of its own); only `load` is needed.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  asar?: boolean;
  npmRebuild?: boolean;
  files?: string[];
  extraResources?: { from: string; to: string }[];
  electronFuses?: Record<string, boolean>;
  publish?: unknown;
  win?: { target?: string[] };
  linux?: { target?: string[] };
  mac?: { target?: string[] };
}

describe('window webPreferences', () => {
  const prefs = mainWebPreferences({ preload: '/app/out/preload/index.cjs', devTools: false });

  it('sandboxes and isolates the page', () => {
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
  });

  it('loads the CommonJS preload and switches DevTools as told', () => {
    expect(prefs.preload.endsWith('index.cjs')).toBe(true);
    expect(prefs.devTools).toBe(false);
    expect(mainWebPreferences({ preload: 'p.cjs', devTools: true }).devTools).toBe(true);
  });
});

describe('CSP', () => {
  it("has default-src 'none' and no unsafe sources", () => {
    const csp = buildCsp(createNonce());
    expect(csp).toMatch(/(^|; )default-src 'none'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
});

describe('electron-builder.yml', () => {
  const config = yaml.load(readFileSync(path.join(repo, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

  it('flips the hardening fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships only the built bundles, in an asar, without rebuilding native modules', () => {
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(false);
    expect(config.publish).toBeNull();
    const included = (config.files ?? []).filter((f) => !f.startsWith('!'));
    expect(included.sort()).toEqual(['out/**', 'package.json']);
  });

  it('ships the Electron-ABI SQLite binary where main looks for it', () => {
    expect(config.extraResources).toEqual([
      {
        from: 'node_modules/.cache/amizero-electron-native/current/${platform}-${arch}/better_sqlite3.node',
        to: 'native/better_sqlite3.node',
      },
    ]);
  });

  it('targets Windows, Linux and macOS installers', () => {
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg', 'zip']);
  });
});
