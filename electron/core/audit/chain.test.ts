import { describe, expect, it } from 'vitest';
import { entryHash, GENESIS_HASH, verifyChain, type ChainFields } from './chain';

type Row = ChainFields & { hash: string };

function chain(n: number): Row[] {
  const rows: Row[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const fields: ChainFields = {
      seq,
      at: new Date(Date.UTC(2026, 0, 1, 8, seq)).toISOString(),
      actor_id: 'u1',
      action: 'auth.sign_in',
      target_type: 'user',
      target_id: `t${seq}`,
      details: JSON.stringify({ n: seq }),
      prev_hash: prev,
    };
    const row = { ...fields, hash: entryHash(fields) };
    rows.push(row);
    prev = row.hash;
  }
  return rows;
}

describe('verifyChain', () => {
  it('accepts an intact chain and an empty one', () => {
    expect(verifyChain(chain(6))).toEqual([]);
    expect(verifyChain([])).toEqual([]);
  });

  it.each(['at', 'actor_id', 'action', 'target_type', 'target_id', 'details'] as const)('detects an edited %s', (field) => {
    const rows = chain(6);
    rows[2] = { ...rows[2]!, [field]: field === 'actor_id' ? null : `${String(rows[2]![field])}x` };
    expect(verifyChain(rows)).toContainEqual({ seq: 3, kind: 'edited' });
  });

  it('detects an edit whose own hash was recomputed, at the next link', () => {
    const rows = chain(6);
    const edited = { ...rows[2]!, details: '{"n":99}' };
    rows[2] = { ...edited, hash: entryHash(edited) };
    expect(verifyChain(rows)).toEqual([{ seq: 4, kind: 'broken_link' }]);
  });

  it('detects a deleted entry', () => {
    const rows = chain(6);
    rows.splice(3, 1);
    expect(verifyChain(rows)).toContainEqual({ seq: 4, kind: 'missing' });
  });

  it('detects a deleted first entry', () => {
    const rows = chain(4).slice(1);
    expect(verifyChain(rows).length).toBeGreaterThan(0);
  });

  it('detects two entries stored in the wrong order', () => {
    const rows = chain(6);
    [rows[2], rows[3]] = [rows[3]!, rows[2]!];
    const problems = verifyChain(rows);
    expect(problems.map((p) => p.kind)).toContain('reordered');
  });

  it('detects two entries whose contents were swapped under their sequence numbers', () => {
    const rows = chain(6);
    const a = rows[2]!;
    const b = rows[3]!;
    rows[2] = { ...b, seq: 3 };
    rows[3] = { ...a, seq: 4 };
    expect(verifyChain(rows)).toEqual(
      expect.arrayContaining([
        { seq: 3, kind: 'edited' },
        { seq: 4, kind: 'edited' },
      ]),
    );
  });
});
