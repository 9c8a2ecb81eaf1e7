/**
 * Forms with a draft waiting to be saved register a flush here. Locking from this
 * window (button, shortcut, idle) flushes them first, so the last keystrokes before a
 * lock are kept too.
 */
const flushes = new Set<() => Promise<void>>();

export function registerDraftFlush(flush: () => Promise<void>): () => void {
  flushes.add(flush);
  return () => {
    flushes.delete(flush);
  };
}

export async function flushDrafts(): Promise<void> {
  await Promise.allSettled([...flushes].map((f) => f()));
}
