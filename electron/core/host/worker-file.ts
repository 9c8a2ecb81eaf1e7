import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * How to start the core worker. The built app has it as its own bundle beside main's
 * (electron.vite.config.ts names it an entry of the main build); the sources, run by
 * vitest, Playwright's test host or tsx, have only the TypeScript file, which a small
 * CommonJS bootstrap loads through tsx, as electron/cli/bin.cjs does for the CLI.
 */
export interface WorkerScript {
  /** A file path, or JavaScript source when `eval` is true. */
  script: string;
  eval: boolean;
  /** Merged into workerData: what the bootstrap needs to find tsx and the entry. */
  boot: { tsx: string; entry: string } | null;
}

export const BUILT_WORKER = 'core-worker.js';
const SOURCE_WORKER = 'core-worker.ts';

const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
require(workerData.boot.tsx).register();
require(workerData.boot.entry);
`;

/** `dir` is where this module ended up: out/main in the app, electron/core/host in the sources. */
export function coreWorkerScript(dir: string = __dirname): WorkerScript {
  const built = join(dir, BUILT_WORKER);
  if (existsSync(built)) return { script: built, eval: false, boot: null };
  const entry = join(dir, SOURCE_WORKER);
  if (!existsSync(entry)) throw new Error(`the core worker is missing (neither ${BUILT_WORKER} nor ${SOURCE_WORKER} in ${dir})`);
  const tsx = createRequire(join(dir, 'noop.js')).resolve('tsx/cjs/api');
  return { script: BOOTSTRAP, eval: true, boot: { tsx, entry } };
}
