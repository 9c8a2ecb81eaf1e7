import { isMainThread, threadId } from 'node:worker_threads';
import type { Core } from '../core';

/**
 * Worker extensions for core-host.test.ts (loaded into the core worker through
 * CoreHostOptions.extensions; never by the app).
 */
export const workerExtensions = {
  /** Where the Core that serves the host's calls lives, and whether it holds the session. */
  whereIsCore(core: Core): { threadId: number; isMainThread: boolean; signedInAs: string | null } {
    return { threadId, isMainThread, signedInAs: core.state.session?.user.username ?? null };
  },
  /** A fault inside the worker nobody catches, as a native crash or a bug would be. */
  crash(): Promise<never> {
    setImmediate(() => {
      throw new Error('a fault inside the core worker');
    });
    return new Promise<never>(() => undefined);
  },
};
