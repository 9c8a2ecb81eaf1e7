import { create } from 'zustand';
import type { UserSummary } from '../../../../shared/domain/user';
import { toApiError, type ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { loadForSession } from '../../stores/session';
import { registerSensitiveStore } from '../../stores/sensitive';

interface StaffState {
  users: UserSummary[] | null;
  error: ApiError | null;
  load(): Promise<void>;
  /** Puts a created or changed account in place without reloading the list. */
  upsert(user: UserSummary): void;
}

export const useStaffStore = create<StaffState>((set) => ({
  users: null,
  error: null,
  async load() {
    try {
      await loadForSession(
        () => call('users.list', {}),
        (users) => set({ users, error: null }),
      );
    } catch (e) {
      set({ error: toApiError(e) });
    }
  },
  upsert(user) {
    set((s) => {
      const list = s.users ?? [];
      const i = list.findIndex((u) => u.id === user.id);
      return { users: i < 0 ? [...list, user] : list.map((u) => (u.id === user.id ? user : u)) };
    });
  },
}));

registerSensitiveStore(() => useStaffStore.setState({ users: null, error: null }));
