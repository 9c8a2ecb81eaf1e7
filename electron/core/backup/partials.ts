import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * A backup is written as `.<name>.partial-<random>` beside its final name and renamed only
 * when complete: a hidden name nobody takes for a backup. One left by a killed process or a
 * pulled USB stick is encrypted but useless, and can be as big as the database.
 */
const PARTIAL = /^\..+\.partial-[0-9a-f]{12}$/;

/** A writer still at work touches its file every few milliseconds; an hour of silence means it died. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

export function partialPathFor(outPath: string): string {
  return join(dirname(outPath), `.${basename(outPath)}.partial-${randomBytes(6).toString('hex')}`);
}

/**
 * Removes abandoned partial files from the folder a new backup is about to be written to.
 * Best effort: a file that cannot be examined or removed is left for the next time.
 */
export function removeAbandonedPartials(folder: string, now: number): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return removed;
  }
  for (const name of names.filter((n) => PARTIAL.test(n))) {
    const path = join(folder, name);
    try {
      const st = statSync(path);
      if (st.isFile() && now - st.mtimeMs > ABANDONED_AFTER_MS) {
        rmSync(path, { force: true });
        removed.push(name);
      }
    } catch {
      // Gone meanwhile, or not ours to remove: nothing to do.
    }
  }
  return removed;
}
