/**
 * Stores that hold anything read from the vault register a reset here, so locking
 * can forget all of it in one step, whichever screen happened to be open.
 */
const resets = new Set<() => void>();

export function registerSensitiveStore(reset: () => void): void {
  resets.add(reset);
}

export function clearSensitiveStores(): void {
  for (const reset of resets) reset();
}
