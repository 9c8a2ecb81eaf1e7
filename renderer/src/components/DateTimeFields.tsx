import { Group, TextInput } from '@mantine/core';
import { useT } from '../i18n/useT';
import { DateField } from './DateField';

export interface WallClock {
  /** YYYY-MM-DD, or what was typed. */
  date: string;
  /** HH:MM on the shelter's clock. */
  time: string;
}

interface Props {
  value: WallClock;
  onChange: (value: WallClock) => void;
  /** The refusal for the instant as a whole (core names `startsAt`). */
  error?: string;
  required?: boolean;
}

/**
 * A date through the one DateField, and a time, both read on the shelter's wall clock: the
 * form turns them into an instant with `instantFromWallClock`, never through the browser's zone.
 */
export function DateTimeFields({ value, onChange, error, required }: Props) {
  const t = useT();
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap">
      <DateField
        label={t('groupSession.date')}
        value={value.date}
        onChange={(date) => onChange({ ...value, date })}
        error={error}
        required={required}
        style={{ flex: 2 }}
      />
      <TextInput
        type="time"
        label={t('groupSession.time')}
        value={value.time}
        onChange={(e) => onChange({ ...value, time: e.currentTarget.value })}
        required={required}
        error={error ? true : undefined}
        style={{ flex: 1 }}
      />
    </Group>
  );
}
