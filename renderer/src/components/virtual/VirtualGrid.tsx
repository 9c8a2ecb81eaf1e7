import { Box } from '@mantine/core';
import { useElementSize, useMergedRef } from '@mantine/hooks';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import classes from './virtual-grid.module.css';
import { rowForKey, scrollToShow, visibleRange } from './windowing';

export interface VirtualGridProps {
  label: string;
  /** Rows in the whole result, loaded or not: the scrollbar is sized for all of them. */
  count: number;
  rowHeight: number;
  /** CSS grid-template-columns shared by the header and every row, so columns line up. */
  columns: string;
  /** The header's columnheader cells. */
  header: ReactNode;
  /** A row's gridcells; called only for rows in view. */
  renderRow: (index: number) => ReactNode;
  activeIndex: number;
  onActiveChange: (index: number) => void;
  /** Enter or a click on a row. */
  onActivate: (index: number) => void;
  isSelected?: (index: number) => boolean;
  /** Rows in view (with overscan) changed: the place to fetch pages not yet loaded. */
  onRangeChange?: (start: number, end: number) => void;
  /** A new value (another search, another sort) scrolls back to the top. */
  resetKey?: string;
  overscan?: number;
  describedBy?: string;
}

/**
 * A table that renders only the rows on screen (plus a few either side), so a list of
 * 100,000 residents costs the same as one of 30. Rows have a fixed height; the keyboard
 * moves a single focusable row (roving tabindex) with arrows, Page Up/Down, Home and End.
 */
export function VirtualGrid({
  label,
  count,
  rowHeight,
  columns,
  header,
  renderRow,
  activeIndex,
  onActiveChange,
  onActivate,
  isSelected,
  onRangeChange,
  resetKey,
  overscan = 6,
  describedBy,
}: VirtualGridProps) {
  const { ref: sizeRef, height } = useElementSize<HTMLDivElement>();
  const viewport = useRef<HTMLDivElement>(null);
  const mergedRef = useMergedRef(sizeRef, viewport);
  // Scroll position of one resetKey; another key reads as the top until the viewport reports.
  const [scroll, setScroll] = useState({ key: resetKey, top: 0 });
  const scrollTop = scroll.key === resetKey ? scroll.top : 0;
  const setScrollTop = (top: number) => setScroll({ key: resetKey, top });
  // Set by a key press: once the target row has been rendered, it takes the focus.
  const focusPending = useRef(false);

  const { start, end } = visibleRange(scrollTop, height, rowHeight, count, overscan);

  useLayoutEffect(() => {
    if (viewport.current) viewport.current.scrollTop = 0;
  }, [resetKey]);

  useEffect(() => {
    onRangeChange?.(start, end);
  }, [start, end, onRangeChange]);

  useEffect(() => {
    if (!focusPending.current) return;
    const row = viewport.current?.querySelector<HTMLElement>(`[data-row="${activeIndex}"]`);
    if (row) {
      focusPending.current = false;
      row.focus({ preventScroll: true });
    }
  }, [activeIndex, start, end]);

  const moveTo = (index: number) => {
    const el = viewport.current;
    if (el) {
      const next = scrollToShow(index, el.scrollTop, el.clientHeight, rowHeight);
      if (next !== el.scrollTop) {
        el.scrollTop = next;
        setScrollTop(next);
      }
    }
    focusPending.current = true;
    onActiveChange(index);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' && activeIndex >= 0 && activeIndex < count) {
      e.preventDefault();
      onActivate(activeIndex);
      return;
    }
    const target = rowForKey(e.key, activeIndex, count, Math.floor(height / rowHeight));
    if (target === null) return;
    e.preventDefault();
    moveTo(target);
  };

  const activeRendered = activeIndex >= start && activeIndex < end;
  const rows: ReactNode[] = [];
  for (let i = start; i < end; i++) {
    const selected = isSelected?.(i) ?? false;
    rows.push(
      <div
        key={i}
        role="row"
        aria-rowindex={i + 2}
        aria-selected={selected}
        data-row={i}
        data-active={i === activeIndex || undefined}
        data-selected={selected || undefined}
        tabIndex={i === activeIndex ? 0 : -1}
        className={classes.row}
        style={{ height: rowHeight, transform: `translateY(${i * rowHeight}px)`, gridTemplateColumns: columns }}
        onClick={() => {
          onActiveChange(i);
          onActivate(i);
        }}
        onFocus={() => {
          if (i !== activeIndex) onActiveChange(i);
        }}
      >
        {renderRow(i)}
      </div>,
    );
  }

  return (
    <Box role="grid" aria-label={label} aria-rowcount={count + 1} aria-describedby={describedBy} className={classes.grid}>
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className={classes.header} style={{ gridTemplateColumns: columns }}>
          {header}
        </div>
      </div>
      <div
        ref={mergedRef}
        role="rowgroup"
        className={classes.viewport}
        // Reachable by Tab even before a row is chosen or while the chosen one is scrolled away.
        tabIndex={activeRendered ? -1 : 0}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
      >
        <div className={classes.spacer} style={{ height: count * rowHeight }}>
          {rows}
        </div>
      </div>
    </Box>
  );
}
