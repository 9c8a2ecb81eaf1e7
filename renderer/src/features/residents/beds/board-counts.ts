import type { BedBoard } from '../../../../../shared/domain/resident-beds';

export interface BedCounts {
  total: number;
  taken: number;
  free: number;
}

/** Beds taken and free, for the whole board or one room. */
export function bedCounts(rooms: BedBoard): BedCounts {
  const beds = rooms.flatMap((r) => r.beds);
  const taken = beds.filter((b) => b.occupant !== null).length;
  return { total: beds.length, taken, free: beds.length - taken };
}

/** "A, B , ,C" → ["A", "B", "C"]: what the room form sends as bed labels. */
export function parseBedLabels(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Where each resident sleeps today, by resident id, to say so next to her or his name. */
export function bedsByResident(board: BedBoard): Map<string, { roomName: string; bedLabel: string }> {
  const out = new Map<string, { roomName: string; bedLabel: string }>();
  for (const room of board)
    for (const bed of room.beds) if (bed.occupant) out.set(bed.occupant.residentId, { roomName: room.name, bedLabel: bed.label });
  return out;
}
