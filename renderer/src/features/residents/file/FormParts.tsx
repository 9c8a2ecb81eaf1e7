import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { DraftHandle } from '../../../drafts/useDraft';
import { useFormatDateTime } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import type { EditForm } from './useEditForm';

/** A titled group of fields; a fieldset, so a screen reader names the group with each field. */
export function FormSection({ title, help, children }: { title: string; help?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="fieldset" style={{ margin: 0 }}>
      <Title order={3} size="h5" component="legend" px={4}>
        {title}
      </Title>
      <Stack gap="sm">
        {help && (
          <Text size="sm" c="dimmed">
            {help}
          </Text>
        )}
        {children}
      </Stack>
    </Paper>
  );
}

/** Says that typing from before a lock or a closed tab is back, with the way back to what is saved. */
export function RestoredDraftNotice({ draft, onStartOver }: { draft: DraftHandle; onStartOver: () => void }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  if (!draft.restoredAt) return null;
  return (
    <Alert color="blue" variant="light">
      <Group justify="space-between">
        <Text size="sm">{t('residentFile.identity.restored', { time: formatDateTime(draft.restoredAt) })}</Text>
        <Button size="xs" variant="default" onClick={onStartOver}>
          {t('residentFile.identity.backToSaved')}
        </Button>
      </Group>
    </Alert>
  );
}

interface SaveBarProps {
  edit: Pick<EditForm<unknown>, 'draft' | 'form' | 'dirty' | 'startOver'>;
  saveLabel: string;
}

/** The end of an edit form: core's refusal, whether the draft is kept, Undo and Save. */
export function SaveBar({ edit, saveLabel }: SaveBarProps) {
  const t = useT();
  const { draft, form, dirty } = edit;
  return (
    <>
      <ErrorAlert error={form.error} />
      <Group justify="space-between">
        <Text size="xs" c="dimmed" aria-live="polite">
          {draft.status === 'saved' && draft.savedAt
            ? t('residentFile.identity.draftKept')
            : draft.status === 'error'
              ? t('common.draftNotSaved')
              : ''}
        </Text>
        <Group ml="auto">
          {dirty && (
            <Button variant="default" onClick={edit.startOver}>
              {t('residentFile.identity.undo')}
            </Button>
          )}
          <Button type="submit" loading={form.busy} disabled={!dirty}>
            {saveLabel}
          </Button>
        </Group>
      </Group>
    </>
  );
}
