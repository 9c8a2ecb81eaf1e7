import { homedir } from 'node:os';
import { join } from 'node:path';

export const DB_FILE = 'amizero.db';
export const KEYRING_FILE = 'keyring.json';
export const THROTTLE_FILE = 'signin-throttle.json';
/** What the next incremental backup builds on (ids and page sums of encrypted pages; nothing readable). */
export const BACKUP_CHAIN_FILE = 'backup-chain.bin';

/**
 * Folders core makes inside the data folder. The journaled swap moves files in from a
 * restore's or a re-key's staging folder and sets the live files aside in a previous-…
 * one; recovery acts only on these names, so all three are declared here, once.
 */
export const RESTORE_STAGING_PREFIX = '.restore-';
export const REKEY_STAGING_PREFIX = '.rekey-';
export const PREVIOUS_PREFIX = 'previous-';
export const SWAP_SOURCE_PREFIXES = [RESTORE_STAGING_PREFIX, REKEY_STAGING_PREFIX] as const;

export interface VaultPaths {
  dir: string;
  db: string;
  keyring: string;
  throttle: string;
}

export function vaultPaths(dir: string): VaultPaths {
  return { dir, db: join(dir, DB_FILE), keyring: join(dir, KEYRING_FILE), throttle: join(dir, THROTTLE_FILE) };
}

/**
 * The app's own data folder, computed the same way Electron's `userData` is, so the
 * CLI (plain Node) and the app find the same vault without importing Electron.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.AMIZERO_DATA_DIR) return env.AMIZERO_DATA_DIR;
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(homedir(), 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(homedir(), '.config'));
  return join(appData, 'Amizero', 'vault');
}
