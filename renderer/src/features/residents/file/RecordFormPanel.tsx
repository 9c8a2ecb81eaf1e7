import { Alert, Paper, Stack, Title } from '@mantine/core';
import type { FormEvent, ReactNode, Ref } from 'react';
import type { ApiError } from '../../../api/api-error';
import { DialogFormActions } from '../../../components/DialogFormActions';
import type { DraftHandle } from '../../../drafts/useDraft';
import { useFormatDateTime } from '../../../i18n/format';

interface Props {
  title: string;
  /** One below the heading of the tab or panel it opens in. */
  titleOrder: 3 | 4;
  /** The form's draft: shown as restored when typing from before a lock came back, dropped on Cancel. */
  draft: DraftHandle;
  /** The sentence saying when the restored typing was done. */
  restoredMessage: (time: string) => string;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  error: ApiError | null;
  busy: boolean;
  submitLabel: string;
  onCancel: () => void;
  ref?: Ref<HTMLElement>;
  children: ReactNode;
}

/**
 * A form that opens inside a tab to add one record (a document, a referral, a consent),
 * named as a region so a screen reader can jump to it, with Cancel and Save at its foot.
 */
export function RecordFormPanel(props: Props) {
  const { title, titleOrder, draft, restoredMessage, onSubmit, error, busy, submitLabel, onCancel, ref, children } = props;
  const formatDateTime = useFormatDateTime();
  const cancel = () => {
    void draft.discard();
    onCancel();
  };
  return (
    <Paper ref={ref} withBorder p="md" component="section" aria-label={title}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Title order={titleOrder} size="h5">
            {title}
          </Title>
          {draft.restoredAt && (
            <Alert color="blue" variant="light">
              {restoredMessage(formatDateTime(draft.restoredAt))}
            </Alert>
          )}
          {children}
          <DialogFormActions error={error} busy={busy} submitLabel={submitLabel} onCancel={cancel} />
        </Stack>
      </form>
    </Paper>
  );
}
