import { Stack } from '@mantine/core';
import { PasswordField } from '../../components/PasswordField';
import { PasswordStrengthMeter } from '../../components/PasswordStrengthMeter';
import { useT } from '../../i18n/useT';

/** The password a manager sets for someone else; they replace it at first sign-in. */
export function TemporaryPasswordInput({
  value,
  onChange,
  error,
  description,
}: {
  value: string;
  onChange: (v: string) => void;
  error?: string;
  description: string;
}) {
  const t = useT();
  return (
    <Stack gap={6}>
      <PasswordField
        label={t('staff.fields.temporaryPassword')}
        description={description}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error}
        autoComplete="new-password"
        required
        // In a dialog whose first field is this one, Mantine focuses it on open.
        data-autofocus
      />
      <PasswordStrengthMeter password={value} fieldHasError={Boolean(error)} />
    </Stack>
  );
}
