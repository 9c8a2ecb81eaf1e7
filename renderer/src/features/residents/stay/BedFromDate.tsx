import { useT } from '../../../i18n/useT';
import { DateField } from '../../../components/DateField';

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
    <DateField label={label} description={t('stay.assign.fromHelp')} value={value} onChange={(v) => onChange(v)} error={error} required />
  );
}
