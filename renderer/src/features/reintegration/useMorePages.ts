import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from '../../api/api-error';

export interface Page<T, C> {
  items: T[];
  next: C | null;
}

/**
 * A list shown a page at a time: starts from the first page core sent, and "show more"
 * appends the page after the last line shown (keyset: core reads only that page).
 */
export function useMorePages<T, C>(first: Page<T, C>, fetchAfter: (after: C) => Promise<Page<T, C>>) {
  const [page, setPage] = useState<Page<T, C>>(first);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const more = useCallback(async () => {
    if (page.next === null || loading) return;
    setLoading(true);
    setError(null);
    try {
      const next = await fetchAfter(page.next);
      setPage((p) => ({ items: [...p.items, ...next.items], next: next.next }));
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setLoading(false);
    }
  }, [page.next, loading, fetchAfter]);
  // Keyboard users land on the first line that arrived (the button may be gone with the last page).
  const tableRef = useRef<HTMLTableElement>(null);
  const firstNew = useRef<number | null>(null);
  useEffect(() => {
    if (firstNew.current === null || firstNew.current >= page.items.length) return;
    tableRef.current?.querySelectorAll<HTMLElement>('tbody tr')[firstNew.current]?.querySelector<HTMLElement>('a')?.focus();
    firstNew.current = null;
  }, [page.items.length]);
  const moreAndFocus = useCallback(async () => {
    firstNew.current = page.items.length;
    await more();
  }, [more, page.items.length]);
  return { items: page.items, hasMore: page.next !== null, loading, error, more: moreAndFocus, tableRef };
}
