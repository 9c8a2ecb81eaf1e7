import { useCallback, useEffect, useState } from 'react';
import type { BackupStatus } from '../../../../shared/domain/backup-schedule';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/api-error';
import { loadForSession } from '../../stores/session';

/** backup.status for the dashboard card and the Backups page; `reload` after a backup or check. */
export function useBackupStatus(): { status: BackupStatus | null; error: ApiError | null; reload: () => void } {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const reload = useCallback(() => {
    loadForSession(
      () => call('backup.status', {}),
      (s) => {
        setStatus(s);
        setError(null);
      },
    ).catch((e: unknown) => setError(toApiError(e)));
  }, []);
  useEffect(reload, [reload]);
  return { status, error, reload };
}
