import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n/useT';

/**
 * Mantine's PasswordInput with two gaps closed. Its show/hide button is skipped by Tab,
 * hidden from screen readers and toggled only by mouse or Space: here it is a named,
 * pressed-or-not button that Tab reaches and Enter or Space toggles. And its input never
 * carries aria-invalid, which screen readers announce and the refused-submit focus looks for.
 */
export function PasswordField(props: Omit<PasswordInputProps, 'visible' | 'onVisibilityChange' | 'visibilityToggleButtonProps'>) {
  const t = useT();
  const [visible, setVisible] = useState(false);
  return (
    <PasswordInput
      {...props}
      aria-invalid={Boolean(props.error)}
      visible={visible}
      onVisibilityChange={setVisible}
      visibilityToggleButtonProps={{
        'aria-label': t('common.showPassword'),
        tabIndex: 0,
        // Mantine toggles on mouse down and on Space; Enter would otherwise do nothing.
        onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          setVisible((v) => !v);
        },
      }}
    />
  );
}
