import { describe, expect, it } from 'vitest';
import type { BedBoard } from '../../../../../shared/domain/resident-beds';
import { freeBedOptions } from '../stay/BedSelect';
import { bedCounts, bedsByResident, parseBedLabels } from './board-counts';

const occupant = (id: string) => ({ residentId: id, code: `KGL-2026-000${id}`, displayName: `Resident ${id}`, since: '2026-01-01' });
const BOARD: BedBoard = [
  {
    id: 'r1',
    name: 'Room 1',
    beds: [
      { id: 'b1', label: 'A', occupant: occupant('1') },
      { id: 'b2', label: 'B', occupant: null },
    ],
  },
  { id: 'r2', name: 'Room 2', beds: [{ id: 'b3', label: 'A', occupant: occupant('2') }] },
];

describe('bed board helpers', () => {
  it('counts taken and free beds', () => {
    expect(bedCounts(BOARD)).toEqual({ total: 3, taken: 2, free: 1 });
    expect(bedCounts([])).toEqual({ total: 0, taken: 0, free: 0 });
  });

  it('offers only free beds, named with their room, and no empty room groups', () => {
    expect(freeBedOptions(BOARD)).toEqual([{ group: 'Room 1', items: [{ value: 'b2', label: 'Room 1 · B' }] }]);
  });

  it('reads bed labels typed with commas', () => {
    expect(parseBedLabels(' A, B ,,C ')).toEqual(['A', 'B', 'C']);
    expect(parseBedLabels('  ')).toEqual([]);
  });

  it('knows where each resident sleeps', () => {
    expect(bedsByResident(BOARD).get('2')).toEqual({ roomName: 'Room 2', bedLabel: 'A' });
    expect(bedsByResident(BOARD).has('3')).toBe(false);
  });
});
