import type { AmizeroBridge } from '../../../shared/contract/bridge';

declare global {
  interface Window {
    /** Put there by the preload (or the test host's shim); absent in a plain browser tab. */
    amizero?: AmizeroBridge;
  }
}

export function getBridge(): AmizeroBridge | null {
  return typeof window !== 'undefined' && window.amizero ? window.amizero : null;
}
