import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainFields {
  seq: number;
  at: string;
  actor_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  details: string;
  prev_hash: string;
}

/**
 * Each entry's hash covers its own fields and the previous entry's hash, so editing,
 * deleting or reordering any entry breaks every link after it.
 */
export function entryHash(e: ChainFields): string {
  const canonical = JSON.stringify([e.seq, e.at, e.actor_id, e.action, e.target_type, e.target_id, e.details, e.prev_hash]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export interface ChainProblem {
  seq: number;
  kind: 'edited' | 'missing' | 'reordered' | 'broken_link' | 'truncated' | 'rewritten' | 'anchor_invalid';
}

/** Walks entries in storage order and reports every place the chain does not hold. */
export function verifyChain(rows: (ChainFields & { hash: string })[]): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let prevHash = GENESIS_HASH;
  let prevSeq = 0;
  for (const row of rows) {
    if (row.seq <= prevSeq) problems.push({ seq: row.seq, kind: 'reordered' });
    else if (row.seq !== prevSeq + 1) problems.push({ seq: prevSeq + 1, kind: 'missing' });
    if (entryHash(row) !== row.hash) problems.push({ seq: row.seq, kind: 'edited' });
    else if (row.prev_hash !== prevHash) problems.push({ seq: row.seq, kind: 'broken_link' });
    prevHash = row.hash;
    prevSeq = Math.max(prevSeq, row.seq);
  }
  return problems;
}
