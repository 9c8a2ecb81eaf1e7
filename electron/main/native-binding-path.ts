import path from 'node:path';

/**
 * Where the Electron-ABI build of better-sqlite3-multiple-ciphers lives. node_modules
 * keeps the Node build for the tests; the app always names its own binary explicitly
 * (better-sqlite3's nativeBinding option) so neither runtime loads the other's.
 *
 * Keep in step with build/scripts/electron-native.mjs and electron-builder.yml.
 */
export const NATIVE_FILE = 'better_sqlite3.node';
export const NATIVE_CACHE_DIR = path.join('node_modules', '.cache', 'amizero-electron-native');
export const PACKAGED_NATIVE_DIR = 'native';

export interface NativeBindingContext {
  isPackaged: boolean;
  /** process.resourcesPath */
  resourcesPath: string;
  /** app.getAppPath(): the project folder when unpackaged. */
  appPath: string;
  electronVersion: string;
  platform: string;
  arch: string;
}

export function electronNativeBindingPath(ctx: NativeBindingContext): string {
  if (ctx.isPackaged) return path.join(ctx.resourcesPath, PACKAGED_NATIVE_DIR, NATIVE_FILE);
  return path.join(ctx.appPath, NATIVE_CACHE_DIR, ctx.electronVersion, `${ctx.platform}-${ctx.arch}`, NATIVE_FILE);
}
