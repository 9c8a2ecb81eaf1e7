import { create } from 'zustand';
import type { ResidentFile } from '../../../../../shared/domain/resident';
import type { AccessRelation } from '../../../../../shared/access/table';
import type { CareView } from '../../../../../shared/domain/resident-care';
import { toApiError, type ApiError } from '../../../api/api-error';
import { call } from '../../../api/client';
import { canCall } from '../../../permissions/can';
import { loadForSession, useSessionStore } from '../../../stores/session';
import { registerSensitiveStore } from '../../../stores/sensitive';

interface ResidentFileState {
  /** The resident whose file is open (or opening). */
  id: string | null;
  file: ResidentFile | null;
  error: ApiError | null;
  /** Who looks after her and the risk level: the header and Overview both show it. */
  care: CareView | null;
  careError: ApiError | null;
  /** Her relation to the resident as core's gate sees it (a file opened by breaking the glass is read only). */
  relation: AccessRelation | null;
  /**
   * Asks core for the file once per visit: every residents.get is written to the audit
   * log as a view, so switching tabs or re-rendering must never ask again.
   */
  open(id: string): void;
  /** A change answered with the new file (identity saved, discharge, readmission). */
  replace(file: ResidentFile): void;
  setCare(care: CareView): void;
  /** Leaving the page: nothing about the resident stays in memory. */
  close(): void;
}

const EMPTY = { id: null, file: null, error: null, care: null, careError: null, relation: null } as const;

// Bumped on every open and close, so a late answer for another resident is dropped.
let generation = 0;

export const useResidentFileStore = create<ResidentFileState>((set, get) => ({
  ...EMPTY,
  open(id) {
    generation += 1;
    const mine = generation;
    set({ ...EMPTY, id });
    loadForSession(
      () => call('residents.get', { id }),
      (file) => {
        if (generation === mine) set({ file });
      },
    ).catch((e: unknown) => {
      if (generation === mine) set({ error: toApiError(e) });
    });
    loadForSession(
      () => call('residents.access.get', { residentId: id }),
      (access) => {
        if (generation === mine) set({ relation: access.relation });
      },
    ).catch(() => undefined);
    // Not an audited view in core: the team needs it on every screen of the file.
    if (!canCall(useSessionStore.getState().user?.role, 'residents.care.get')) return;
    loadForSession(
      () => call('residents.care.get', { residentId: id }),
      (care) => {
        if (generation === mine) set({ care });
      },
    ).catch((e: unknown) => {
      if (generation === mine) set({ careError: toApiError(e) });
    });
  },
  replace(file) {
    if (get().id === file.id) set({ file, error: null });
  },
  setCare(care) {
    if (get().id === care.residentId) set({ care, careError: null });
  },
  close() {
    generation += 1;
    set(EMPTY);
  },
}));

registerSensitiveStore(() => {
  generation += 1;
  useResidentFileStore.setState(EMPTY);
});
