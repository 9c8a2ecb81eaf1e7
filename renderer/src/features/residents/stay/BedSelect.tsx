import { Select, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { BedBoard } from '../../../../../shared/domain/resident-beds';
import { call } from '../../../api/client';
import { loadForSession } from '../../../stores/session';
import { useT } from '../../../i18n/useT';

/** "Room 1 · A": a bed label alone means nothing without its room. */
export function bedName(roomName: string, bedLabel: string): string {
  return `${roomName} · ${bedLabel}`;
}

/** Free beds grouped by room, as select options. */
export function freeBedOptions(board: BedBoard): { group: string; items: { value: string; label: string }[] }[] {
  return board
    .map((room) => ({
      group: room.name,
      items: room.beds.filter((b) => b.occupant === null).map((b) => ({ value: b.id, label: bedName(room.name, b.label) })),
    }))
    .filter((g) => g.items.length > 0);
}

/** Today's board from core, or null while it loads (or if it could not be read). */
export function useBedBoard(): BedBoard | null {
  const [board, setBoard] = useState<BedBoard | null>(null);
  useEffect(() => {
    let live = true;
    loadForSession(
      () => call('residents.bedBoard', {}),
      (b) => {
        if (live) setBoard(b);
      },
    ).catch(() => {
      if (live) setBoard([]);
    });
    return () => {
      live = false;
    };
  }, []);
  return board;
}

interface Props {
  value: string;
  onChange: (bedId: string) => void;
  error?: string;
  label?: string;
  description?: string;
  /** Put the cursor here when the dialog or step opens. */
  autoFocus?: boolean;
  /** A bed is needed (moving beds); otherwise "no bed yet" is a choice. */
  required?: boolean;
}

/** Picks a free bed from today's board; says plainly when there are no rooms or no free beds. */
export function BedSelect({ value, onChange, error, label, description, autoFocus, required }: Props) {
  const t = useT();
  const board = useBedBoard();
  const data = board ? freeBedOptions(board) : [];
  const note = board === null ? null : board.length === 0 ? t('admit.bed.noRooms') : data.length === 0 ? t('admit.bed.allTaken') : null;
  return (
    <div>
      <Select
        label={label ?? t('admit.fields.bed')}
        description={description}
        placeholder={required ? t('admit.placeholders.choose') : t('admit.bed.none')}
        data={data}
        value={value || null}
        onChange={(v) => onChange(v ?? '')}
        error={error}
        searchable
        clearable={!required}
        required={required}
        disabled={board !== null && data.length === 0}
        nothingFoundMessage={t('admit.bed.allTaken')}
        maxDropdownHeight={280}
        data-autofocus={autoFocus || undefined}
        autoFocus={autoFocus}
        maw={420}
      />
      {note && (
        <Text size="sm" c="dimmed" mt={6} role="status">
          {note}
        </Text>
      )}
    </div>
  );
}
