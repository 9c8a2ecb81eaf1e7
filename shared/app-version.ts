/**
 * The app's version where Electron's `app.getVersion()` is not at hand (the CLI, core in plain
 * Node): backups made there record it. Kept equal to package.json by app-version.test.ts.
 */
export const APP_VERSION = '0.1.0';
