/** Mac keyboards use Cmd where others use Ctrl. */
export const IS_MAC = /Mac|iPhone|iPad/i.test(
  (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? navigator.platform ?? '',
);

export const LOCK_SHORTCUT_LABEL = IS_MAC ? '⌘L' : 'Ctrl+L';
