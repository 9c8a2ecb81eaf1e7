import { useEffect } from 'react';

const OVERLAY = '[role="dialog"], [role="alertdialog"], [role="menu"], [role="listbox"]';
const MODAL = '[role="dialog"][aria-modal="true"]';

/**
 * Puts focus back on what opened a dialog once the dialog is gone, for every dialog in the
 * app. Mantine returns focus itself only when a modal's `opened` turns false; most dialogs
 * here are unmounted instead, and some are opened from a menu item that vanishes with its
 * menu. So the opener is the last element focused outside any dialog, menu or list (for a
 * menu, its trigger button), and focus goes back to it only if it was lost to the page body,
 * so a dialog that moves focus on purpose (e.g. to a new file's heading) keeps its choice.
 */
export function watchDialogFocusReturn(doc: Document): () => void {
  let lastOutside: HTMLElement | null = null;
  let opener: HTMLElement | null = null;
  let open = 0;

  const onFocusIn = (e: FocusEvent) => {
    const el = e.target;
    if (el instanceof HTMLElement && !el.closest(OVERLAY)) lastOutside = el;
  };
  const lost = () => {
    const active = doc.activeElement;
    return active === null || active === doc.body || !active.isConnected;
  };
  const observer = new MutationObserver(() => {
    const now = doc.querySelectorAll(MODAL).length;
    if (open === 0 && now > 0) opener = lastOutside;
    if (open > 0 && now === 0) {
      const target = opener;
      opener = null;
      // After the dialog's own focus handling and React's commit of what the close changed.
      setTimeout(() => {
        if (target?.isConnected && lost() && doc.querySelectorAll(MODAL).length === 0) target.focus();
      }, 50);
    }
    open = now;
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  doc.addEventListener('focusin', onFocusIn, true);
  return () => {
    observer.disconnect();
    doc.removeEventListener('focusin', onFocusIn, true);
  };
}

/** Installed once, at the app's root. */
export function useDialogFocusReturn(): void {
  useEffect(() => watchDialogFocusReturn(document), []);
}
