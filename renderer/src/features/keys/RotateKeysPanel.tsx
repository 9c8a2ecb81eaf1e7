import { Alert, Button, Group, NativeSelect, Progress, Stack, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { RekeyProgress, RekeyResult } from '../../../../shared/domain/keys';
import { getBridge } from '../../api/bridge';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmission } from '../../forms/useSubmission';
import { useT } from '../../i18n/useT';

type Reason = 'staff_left' | 'device_lost' | 'routine';
const REASONS: Reason[] = ['staff_left', 'device_lost', 'routine'];

/** core's keys.progress events while a rotation runs. */
function useRekeyProgress(active: boolean): RekeyProgress | null {
  const [progress, setProgress] = useState<RekeyProgress | null>(null);
  useEffect(() => {
    if (!active) return;
    const off = getBridge()?.on('keys.progress', setProgress);
    return () => {
      off?.();
      setProgress(null);
    };
  }, [active]);
  return active ? progress : null;
}

/**
 * Rotating the data key and the category keys: the reason goes to the audit log, the
 * phases are shown as they come; the session carries on under the new keys.
 */
export function RotateKeysPanel({ initialReason = 'routine', onDone }: { initialReason?: Reason; onDone?: () => void }) {
  const t = useT();
  const [reason, setReason] = useState<Reason>(initialReason);
  const [result, setResult] = useState<RekeyResult | null>(null);
  const form = useSubmission();
  const progress = useRekeyProgress(form.busy);
  const percent = progress?.phase === 'resealing' && progress.total ? Math.round((progress.done / progress.total) * 100) : null;

  const send = async () => {
    setResult(await call('keys.rotate', { reason }));
    onDone?.();
  };

  return (
    <form onSubmit={form.onSubmit(() => ({}), send)} noValidate>
      <Stack gap="sm">
        <NativeSelect
          label={t('keys.rotate.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value as Reason)}
          data={REASONS.map((r) => ({ value: r, label: t(`keys.rotate.reasons.${r}`) }))}
          disabled={form.busy}
          styles={{ wrapper: { maxWidth: 420 } }}
        />
        <Text size="sm" c="dimmed">
          {t('keys.rotate.note')}
        </Text>
        {form.busy && (
          <Stack gap={4} aria-live="polite" data-testid="rekey-progress">
            <Text size="sm">
              {progress
                ? t(`keys.rotate.phases.${progress.phase}`, { done: progress.done, total: progress.total })
                : t('keys.rotate.phases.copying')}
            </Text>
            <Progress value={percent ?? 100} animated={percent === null} aria-label={t('keys.rotate.title')} />
          </Stack>
        )}
        {result && !form.busy && (
          <Alert color="green" variant="light" icon={<IconCheck aria-hidden />} role="status">
            {t('keys.rotate.done', { slots: result.slots, rows: result.sealedRows })}
          </Alert>
        )}
        <ErrorAlert error={form.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={form.busy}>
            {t('keys.rotate.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
