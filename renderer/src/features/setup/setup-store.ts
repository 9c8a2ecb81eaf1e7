import { create } from 'zustand';
import type { FieldErrors } from '../../forms/field-errors';

export interface SetupValues {
  organisationName: string;
  siteCode: string;
  fullName: string;
  username: string;
  password: string;
  confirmPassword: string;
}

export type SetupStep = 0 | 1 | 2 | 3;

interface SetupState extends SetupValues {
  step: SetupStep;
  /** Held in memory only, from setup.prepare until setup completes; never persisted. */
  recovery: { key: string; confirmGroups: number[] } | null;
  acknowledged: boolean;
  /** Group number → what was typed back. */
  confirmTyped: Record<number, string>;
  errors: FieldErrors;
  /** The key shown earlier stopped being valid (core restarted): say so on the key step. */
  keyReplaced: boolean;
  setValue<K extends keyof SetupValues>(key: K, value: SetupValues[K]): void;
  setStep(step: SetupStep): void;
  setErrors(errors: FieldErrors): void;
  setRecovery(recovery: SetupState['recovery']): void;
  setAcknowledged(value: boolean): void;
  setConfirmTyped(group: number, value: string): void;
  /** The prepared key is gone on core's side: show a fresh one and ask again. */
  keyExpired(): void;
  reset(): void;
}

const EMPTY: SetupValues = { organisationName: '', siteCode: '', fullName: '', username: '', password: '', confirmPassword: '' };

/**
 * The wizard's state lives outside the step components so that going back, a refused
 * step or a language switch never loses what was typed. Plain memory: no persistence.
 */
export const useSetupStore = create<SetupState>((set) => ({
  ...EMPTY,
  step: 0,
  recovery: null,
  acknowledged: false,
  confirmTyped: {},
  errors: {},
  keyReplaced: false,
  setValue(key, value) {
    set((s) => {
      const { [key]: _cleared, ...errors } = s.errors;
      return { [key]: value, errors } as Partial<SetupState>;
    });
  },
  setStep(step) {
    set({ step });
  },
  setErrors(errors) {
    set({ errors });
  },
  setRecovery(recovery) {
    set({ recovery, acknowledged: false, confirmTyped: {} });
  },
  setAcknowledged(acknowledged) {
    set({ acknowledged });
  },
  setConfirmTyped(group, value) {
    set((s) => {
      const { recoveryConfirmation: _cleared, ...errors } = s.errors;
      return { confirmTyped: { ...s.confirmTyped, [group]: value }, errors };
    });
  },
  keyExpired() {
    set({ recovery: null, acknowledged: false, confirmTyped: {}, keyReplaced: true, step: 2, errors: {} });
  },
  reset() {
    set({ ...EMPTY, step: 0, recovery: null, acknowledged: false, confirmTyped: {}, errors: {}, keyReplaced: false });
  },
}));
