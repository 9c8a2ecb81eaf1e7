import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ApiError } from '../api/api-error';
import { useFormatDateTime } from '../i18n/format';
import { useT } from '../i18n/useT';
import { errorMessage } from './error-message';

interface Props {
  error: ApiError | null;
  /** Replaces the generic text when the screen knows better what went wrong. */
  message?: string;
  children?: ReactNode;
}

/** A refusal from core, in words; role=alert so it is read out as soon as it appears. */
export function ErrorAlert({ error, message, children }: Props) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  if (!error) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      role="alert"
      title={message ?? errorMessage(t, error, formatDateTime)}
    >
      {children}
    </Alert>
  );
}
