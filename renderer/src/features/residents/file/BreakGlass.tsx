import { Alert, Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconHammer } from '@tabler/icons-react';
import { useState } from 'react';
import { breakGlassSchema } from '../../../../../shared/domain/access';
import { BREAK_GLASS_REASONS } from '../../../../../shared/enums/sharing';
import { issuesToFieldErrors } from '../../../../../shared/validation';
import { call } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { fieldMessage, type FieldErrors } from '../../../forms/field-errors';
import { useSubmission } from '../../../forms/useSubmission';
import { useFormatDateTime } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import { useCan } from '../../../permissions/can';
import { useChannelData } from './useChannelData';

/**
 * Shown instead of a file that is not hers: she may open it for the rest of the session by
 * stating why. The reason is recorded and the manager sees it on Home.
 */
export function BreakGlassPanel({ residentId, onOpened }: { residentId: string; onOpened: () => void }) {
  const t = useT();
  const may = useCan('residents.breakGlass');
  const [reason, setReason] = useState<string>('');
  const [note, setNote] = useState('');
  const form = useSubmission({ onRefused: (error, view) => view });
  if (!may) return null;

  const check = (): FieldErrors => {
    const r = breakGlassSchema.safeParse({ residentId, reason, note });
    const errors: FieldErrors = {};
    if (!r.success)
      for (const f of issuesToFieldErrors(r.error.issues))
        errors[f.path] ??= f.code === 'noteTooShort' ? t('breakGlass.noteTooShort') : fieldMessage(t, f.code);
    if (!reason) errors.reason = fieldMessage(t, 'required');
    return errors;
  };
  const send = async () => {
    await call('residents.breakGlass', { residentId, reason: reason as never, note });
    onOpened();
  };

  return (
    <Paper withBorder p="lg" maw={720} component="section" aria-labelledby="break-glass-heading">
      <form onSubmit={form.onSubmit(check, send)} noValidate>
        <Stack gap="md">
          <Group gap="sm">
            <IconHammer size={22} aria-hidden />
            <Title order={2} size="h3" id="break-glass-heading">
              {t('breakGlass.title')}
            </Title>
          </Group>
          <Text>{t('breakGlass.intro')}</Text>
          <ErrorAlert error={form.error} />
          <Select
            label={t('breakGlass.reasonLabel')}
            data={BREAK_GLASS_REASONS.map((r) => ({ value: r, label: t(`breakGlass.reason.${r}`) }))}
            value={reason || null}
            onChange={(v) => {
              setReason(v ?? '');
              form.clearFieldError('reason');
            }}
            error={form.errors.reason}
            required
            autoFocus
          />
          <Textarea
            label={t('breakGlass.noteLabel')}
            description={t('breakGlass.noteHelp')}
            value={note}
            onChange={(e) => {
              setNote(e.currentTarget.value);
              form.clearFieldError('note');
            }}
            error={form.errors.note}
            maxLength={1000}
            autosize
            minRows={3}
            required
          />
          <Group>
            <Button type="submit" color="red" loading={form.busy} leftSection={<IconHammer size={16} aria-hidden />}>
              {t('breakGlass.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** The file's banner while it is open by breaking the glass. */
export function BreakGlassBanner({ residentId }: { residentId: string }) {
  const t = useT();
  const formatTime = useFormatDateTime();
  const access = useChannelData('residents.access.get', { residentId });
  const glass = access.data?.brokenGlass;
  if (!glass) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="status">
      {t('breakGlass.banner', { reason: t(`breakGlass.reason.${glass.reason}`), time: formatTime(glass.at) })}
    </Alert>
  );
}
