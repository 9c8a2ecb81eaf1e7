import { create } from 'zustand';
import type { AuditEntryView } from '../../../../shared/domain/audit';
import { toApiError, type ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { canCall } from '../../permissions/can';
import { loadForSession, useSessionStore } from '../../stores/session';
import { registerSensitiveStore } from '../../stores/sensitive';

const PAGE = 100;

interface AuditState {
  entries: AuditEntryView[] | null;
  hasMore: boolean;
  /** User id → full name, to name the person an entry is about. */
  names: Record<string, string>;
  error: ApiError | null;
  loading: boolean;
  load(): Promise<void>;
  loadOlder(): Promise<void>;
}

export const useAuditStore = create<AuditState>((set, get) => ({
  entries: null,
  hasMore: false,
  names: {},
  error: null,
  loading: false,
  async load() {
    set({ loading: true });
    try {
      await loadForSession(
        () => call('audit.list', { limit: PAGE }),
        (entries) => set({ entries, hasMore: entries.length === PAGE, error: null }),
      );
      if (canCall(useSessionStore.getState().user?.role, 'users.list')) {
        await loadForSession(
          () => call('users.list', {}),
          (users) => set({ names: Object.fromEntries(users.map((u) => [u.id, u.fullName])) }),
        );
      }
    } catch (e) {
      set({ error: toApiError(e) });
    } finally {
      set({ loading: false });
    }
  },
  async loadOlder() {
    const last = get().entries?.at(-1);
    if (!last) return;
    set({ loading: true });
    try {
      await loadForSession(
        () => call('audit.list', { limit: PAGE, beforeSeq: last.seq }),
        (older) => set((s) => ({ entries: [...(s.entries ?? []), ...older], hasMore: older.length === PAGE })),
      );
    } catch (e) {
      set({ error: toApiError(e) });
    } finally {
      set({ loading: false });
    }
  },
}));

registerSensitiveStore(() => useAuditStore.setState({ entries: null, hasMore: false, names: {}, error: null, loading: false }));
