import { useEffect, useRef } from 'react';

/**
 * Focus for a heading that replaces what had it (a submitted form, a followed link): the
 * element that was focused is gone, and without this the keyboard and screen reader start
 * again from the page body. Give the heading tabIndex={-1} so it takes focus without
 * joining the Tab order.
 */
export function useFocusOnMount<T extends HTMLElement>(when = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (when) ref.current?.focus();
  }, [when]);
  return ref;
}
