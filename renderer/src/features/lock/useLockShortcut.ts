import { useEffect } from 'react';
import { IS_MAC } from './platform';
import { lockNow } from './lock';

/** Ctrl+L (Cmd+L on a Mac) locks from anywhere, even inside a text field. */
export function useLockShortcut(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = IS_MAC ? e.metaKey : e.ctrlKey;
      if (!mod || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'l') return;
      e.preventDefault();
      void lockNow('shortcut');
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}
