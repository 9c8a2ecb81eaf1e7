import path from 'node:path';

/**
 * The vault folder: Electron's userData (so Electron's own naming rules apply) + "vault",
 * which is also what core's defaultDataDir() computes for the CLI. AMIZERO_DATA_DIR wins,
 * for tests and for sites that keep the vault elsewhere.
 */
export function resolveDataDir(env: NodeJS.ProcessEnv, userDataPath: string): string {
  const override = env.AMIZERO_DATA_DIR?.trim();
  if (override) return path.resolve(override);
  return path.join(userDataPath, 'vault');
}
