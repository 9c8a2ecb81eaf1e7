import { useEffect, useState } from 'react';
import type { BackupOperation, BackupProgressEvent } from '../../../../shared/domain/backup-schedule';
import { getBridge } from '../../api/bridge';

/**
 * Core's progress events for the operations this screen started. Listening starts when
 * `active` turns true and the last event is dropped when it turns false again.
 */
export function useBackupProgress(operations: readonly BackupOperation[], active: boolean): BackupProgressEvent | null {
  const [progress, setProgress] = useState<BackupProgressEvent | null>(null);
  const key = operations.join(',');
  useEffect(() => {
    if (!active) return;
    const wanted = new Set(key.split(','));
    const off = getBridge()?.on('backup.progress', (p) => {
      if (wanted.has(p.operation)) setProgress(p);
    });
    return () => {
      off?.();
      setProgress(null);
    };
  }, [active, key]);
  return active ? progress : null;
}
