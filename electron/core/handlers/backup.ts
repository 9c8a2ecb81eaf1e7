import {
  createBackupForSession,
  previewBackupForNewVault,
  previewBackupForSession,
  restoreBackupForNewVault,
  restoreBackupForSession,
  splitBackupForSession,
  undoRestoreForSession,
  verifyBackupForSession,
} from '../backup/service';
import { cancelOperation } from '../backup/operations';
import { backupStatus, getSchedule, restorePoints, setSchedule } from '../backup/status';
import { runScheduledBackup } from '../backup/scheduled';
import type { SomeHandlers } from './define';

export const backupHandlers = {
  'backup.create': (i, s) => createBackupForSession(s, i),
  'backup.verify': (i, s) => verifyBackupForSession(s, i),
  'backup.split': (i, s) => splitBackupForSession(s, i),
  'backup.preview': (i, s) => previewBackupForSession(s, i),
  'backup.restore': (i, s) => restoreBackupForSession(s, i),
  'backup.undoRestore': (_i, s) => undoRestoreForSession(s),
  'backup.previewNew': (i, s) => previewBackupForNewVault(s, i),
  'backup.restoreNew': (i, s) => restoreBackupForNewVault(s, i),
  // Outside core's queue (bypassQueue): only signals the running operation, touches nothing else.
  'backup.cancel': (_i, s) => ({ cancelled: cancelOperation(s) }),
  'backup.status': (_i, s) => backupStatus(s),
  'backup.schedule.get': (_i, s) => getSchedule(s),
  'backup.chains': (_i, s) => restorePoints(s),
  'backup.schedule.set': (i, s) => setSchedule(s, i),
  'backup.schedule.runNow': async (_i, s) => (await runScheduledBackup(s, { force: true }))!,
} satisfies SomeHandlers;
