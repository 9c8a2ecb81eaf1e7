import type { ResidentListItem } from '../../../shared/domain/resident';
import { seesInFull, type Viewer } from './relation';

type Assigned = { id: string; counsellor_id: string | null; social_worker_id: string | null; given_names: string | null };

/** What a list shows of a resident not hers: code, first given name, status and today's room. */
export function firstName(givenNames: string | null): string {
  return givenNames?.trim().split(/\s+/)[0] ?? '';
}

export function forViewer(viewer: Viewer, row: Assigned, item: ResidentListItem): ResidentListItem {
  if (seesInFull(viewer, row)) return item;
  return {
    id: item.id,
    code: item.code,
    status: item.status,
    displayName: firstName(row.given_names),
    listName: firstName(row.given_names),
    otherNames: [],
    sex: null,
    ageYears: null,
    phone: null,
    admittedOn: '',
    ...(item.roomName !== undefined ? { roomName: item.roomName, bedLabel: item.bedLabel ?? null } : {}),
    restricted: true,
  };
}
