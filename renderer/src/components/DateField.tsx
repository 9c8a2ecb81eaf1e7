import { ActionIcon, Group, Popover, Text, TextInput, UnstyledButton, type TextInputProps } from '@mantine/core';
import { IconCalendar } from '@tabler/icons-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { formatDateNumeric, MONTHS, parseTypedDate, todayIn, WEEKDAY_NAMES, WEEKDAYS_FROM_MONDAY } from '../../../shared/i18n/format';
import { useTimeZone } from '../i18n/format';
import { useLocaleStore } from '../i18n/locale-store';
import { useT } from '../i18n/useT';
import { addDays, addMonths, monthGrid } from './date-grid';
import classes from './DateField.module.css';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'type'> & {
  /** YYYY-MM-DD, '' when empty, or what was typed when it is not a date yet (core then refuses it by name). */
  value: string;
  onChange: (value: string) => void;
};

function shown(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDateNumeric(value) : value;
}

/**
 * The one date input: typed day/month/year in every language ("06/12/2026"), or picked on a
 * calendar whose week starts on Monday. One Tab stop: the calendar button is reached with the
 * mouse or Alt+↓ from the box, and inside the calendar the arrow keys move between days.
 */
export function DateField({ value, onChange, description, placeholder, ...rest }: Props) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const today = todayIn(useTimeZone());
  const [text, setText] = useState(() => shown(value));
  const [open, setOpen] = useState(false);
  const [focusDay, setFocusDay] = useState(value && parseTypedDate(value) ? value : today);
  const input = useRef<HTMLInputElement>(null);
  const grid = useRef<HTMLDivElement>(null);
  const titleId = useId();

  // A value set from outside (a restored draft, a reset) replaces what the box shows; one that
  // came from this box's own typing leaves the typing as it is.
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (parseTypedDate(text) !== value && text !== value) setText(shown(value));
  }

  useEffect(() => {
    if (open) grid.current?.querySelector<HTMLButtonElement>(`[data-day="${focusDay}"]`)?.focus();
  }, [open, focusDay]);

  const type = (raw: string) => {
    setText(raw);
    onChange(raw.trim() === '' ? '' : (parseTypedDate(raw) ?? raw));
  };
  const openAt = () => {
    setFocusDay(parseTypedDate(text) ?? today);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    input.current?.focus();
  };
  const pick = (iso: string) => {
    setText(formatDateNumeric(iso));
    onChange(iso);
    close();
  };
  const onInputKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if ((e.altKey && e.key === 'ArrowDown') || e.key === 'F4') {
      e.preventDefault();
      openAt();
    }
  };
  const onGridKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(focusDay, -1),
      ArrowRight: () => addDays(focusDay, 1),
      ArrowUp: () => addDays(focusDay, -7),
      ArrowDown: () => addDays(focusDay, 7),
      PageUp: () => addMonths(focusDay, e.shiftKey ? -12 : -1),
      PageDown: () => addMonths(focusDay, e.shiftKey ? 12 : 1),
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      setFocusDay(move());
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };

  const [y, m] = focusDay.split('-').map(Number) as [number, number];
  const monthName = MONTHS[locale][m - 1]!;
  const selected = parseTypedDate(text);

  return (
    <Popover
      opened={open}
      onChange={setOpen}
      onClose={() => setOpen(false)}
      position="bottom-start"
      trapFocus
      withinPortal
      withRoles={false}
    >
      <Popover.Target>
        <TextInput
          {...rest}
          ref={input}
          value={text}
          onChange={(e) => type(e.currentTarget.value)}
          onBlur={() => selected && setText(formatDateNumeric(selected))}
          onKeyDown={onInputKey}
          placeholder={placeholder ?? t('dateField.placeholder')}
          description={description ?? t('dateField.hint')}
          inputMode="numeric"
          styles={{ wrapper: { maxWidth: 200 } }}
          autoComplete="off"
          rightSection={
            <ActionIcon variant="subtle" tabIndex={-1} aria-label={t('dateField.openCalendar')} onClick={() => (open ? close() : openAt())}>
              <IconCalendar size={18} aria-hidden />
            </ActionIcon>
          }
        />
      </Popover.Target>
      <Popover.Dropdown>
        <div ref={grid} onKeyDown={onGridKey} role="dialog" aria-labelledby={titleId}>
          <Group justify="space-between" mb="xs" gap="xs">
            <ActionIcon variant="subtle" aria-label={t('dateField.previousMonth')} onClick={() => setFocusDay(addMonths(focusDay, -1))}>
              ‹
            </ActionIcon>
            <Text id={titleId} fw={600} aria-live="polite">
              {monthName} {y}
            </Text>
            <ActionIcon variant="subtle" aria-label={t('dateField.nextMonth')} onClick={() => setFocusDay(addMonths(focusDay, 1))}>
              ›
            </ActionIcon>
          </Group>
          <table role="grid" aria-label={t('dateField.calendar', { month: monthName, year: y })} className={classes.grid}>
            <thead>
              <tr>
                {WEEKDAYS_FROM_MONDAY[locale].map((d, i) => (
                  <th key={d} scope="col" abbr={WEEKDAY_NAMES[locale][i]}>
                    {d}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {monthGrid(focusDay).map((week, w) => (
                <tr key={w}>
                  {week.map((day, i) => (
                    <td key={day ?? `empty-${w}-${i}`}>
                      {day && (
                        <UnstyledButton
                          data-day={day}
                          className={classes.day}
                          data-selected={day === selected || undefined}
                          data-today={day === today || undefined}
                          tabIndex={day === focusDay ? 0 : -1}
                          data-autofocus={day === focusDay || undefined}
                          aria-pressed={day === selected}
                          aria-label={`${WEEKDAY_NAMES[locale][i]} ${Number(day.slice(8))} ${monthName} ${y}`}
                          aria-current={day === today ? 'date' : undefined}
                          onClick={() => pick(day)}
                        >
                          {Number(day.slice(8))}
                        </UnstyledButton>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Popover.Dropdown>
    </Popover>
  );
}
