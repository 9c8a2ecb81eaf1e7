import type { Core } from '../../core/core';

/**
 * `--progress`: core's backup.progress events as one line each on standard error (at
 * most five a second), so scripts reading standard output see only the result.
 */
export function printProgress(core: Core): () => void {
  return core.events.on('backup.progress', (p) => {
    if (p.phase === 'done') return;
    const pct = p.bytesTotal ? ` ${Math.floor((100 * p.bytesDone) / p.bytesTotal)}%` : '';
    const eta = p.etaSeconds !== null && p.etaSeconds > 0 ? `, about ${p.etaSeconds} s left` : '';
    process.stderr.write(`${p.operation}: ${p.phase}${pct}${eta}\n`);
  });
}
