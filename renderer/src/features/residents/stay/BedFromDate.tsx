import { TextInput } from '@mantine/core';
import { useT } from '../../../i18n/useT';
import { DATE_STYLES } from '../admit/today';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** The night a resident first sleeps in the chosen bed; any bed she or he had is closed that day. */
export function BedFromDate({ label, value, onChange, error }: Props) {
  const t = useT();
  return (
    <TextInput
      type="date"
      label={label}
      description={t('stay.assign.fromHelp')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      required
      styles={DATE_STYLES}
    />
  );
}
