import { Alert } from '@mantine/core';
import { useFormatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/useT';

/** Says that notes typed before a lock are back, and when they were typed (on the shelter's clock). */
export function DraftRestoredNote({ at, group = false }: { at: string | null; group?: boolean }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  if (!at) return null;
  return (
    <Alert color="blue" role="status">
      {group
        ? `${t('sessionDrafts.groupRestored', { time: formatDateTime(at) })} ${t('sessionDrafts.who5NotKept')}`
        : t('rehabUi.draftRestored', { time: formatDateTime(at) })}
    </Alert>
  );
}
