import { Button, Group } from '@mantine/core';
import type { ApiError } from '../api/api-error';
import { useT } from '../i18n/useT';
import { ErrorAlert } from './ErrorAlert';

interface Props {
  error: ApiError | null;
  busy: boolean;
  submitLabel: string;
  onCancel: () => void;
  /** A step that takes something away: red, and the dialog opens on Cancel rather than on it. */
  destructive?: boolean;
}

/** The end of a dialog's form: what core refused, then Cancel and the submit button. */
export function DialogFormActions({ error, busy, submitLabel, onCancel, destructive = false }: Props) {
  const t = useT();
  return (
    <>
      <ErrorAlert error={error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} data-autofocus={destructive || undefined}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={busy} color={destructive ? 'red' : undefined}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
