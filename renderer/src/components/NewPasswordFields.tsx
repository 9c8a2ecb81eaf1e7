import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { PasswordField } from './PasswordField';
import { PasswordStrengthMeter } from './PasswordStrengthMeter';

interface Props {
  password: string;
  confirm: string;
  onPasswordChange: (value: string) => void;
  onConfirmChange: (value: string) => void;
  passwordError?: ReactNode;
  confirmError?: ReactNode;
  /** Defaults to "New password". */
  passwordLabel?: string;
}

/**
 * New password, the shared strength meter and the retype box: one component so every
 * screen that sets a password (setup, recovery, change) asks in exactly the same way.
 */
export function NewPasswordFields({
  password,
  confirm,
  onPasswordChange,
  onConfirmChange,
  passwordError,
  confirmError,
  passwordLabel,
}: Props) {
  const t = useT();
  return (
    <>
      <PasswordField
        label={passwordLabel ?? t('common.newPassword')}
        value={password}
        onChange={(e) => onPasswordChange(e.currentTarget.value)}
        error={passwordError}
        autoComplete="new-password"
        required
      />
      <PasswordStrengthMeter password={password} fieldHasError={Boolean(passwordError)} />
      <PasswordField
        label={t('common.confirmPassword')}
        value={confirm}
        onChange={(e) => onConfirmChange(e.currentTarget.value)}
        error={confirmError}
        autoComplete="new-password"
        required
      />
    </>
  );
}
