import {
  createBackupForSession,
  previewBackupForNewVault,
  previewBackupForSession,
  restoreBackupForNewVault,
  restoreBackupForSession,
  undoRestoreForSession,
  verifyBackupForSession,
} from '../backup/service';
import type { SomeHandlers } from './define';

export const backupHandlers = {
  'backup.create': (i, s) => createBackupForSession(s, i),
  'backup.verify': (i, s) => verifyBackupForSession(s, i),
  'backup.preview': (i, s) => previewBackupForSession(s, i),
  'backup.restore': (i, s) => restoreBackupForSession(s, i),
  'backup.undoRestore': (_i, s) => undoRestoreForSession(s),
  'backup.previewNew': (i, s) => previewBackupForNewVault(s, i),
  'backup.restoreNew': (i, s) => restoreBackupForNewVault(s, i),
} satisfies SomeHandlers;
