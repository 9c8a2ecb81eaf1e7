import { initCommand } from './init';
import { doctorCommand } from './doctor';
import { usersListCommand } from './users-list';
import { demoCommand } from './demo';
import { backupCreateCommand } from './backup-create';
import { backupVerifyCommand } from './backup-verify';
import { backupApplyCommand } from './backup-apply';
import { backupSplitCommand } from './backup-split';
import { backupRestoreCommand } from './backup-restore';
import { backupUndoCommand } from './backup-undo';
import { backupKeygenCommand } from './backup-keygen';
import { rekeyCommand } from './rekey';
import { exportAnonymisedCommand } from './export-anonymised';
import type { Command } from './command';

export const COMMANDS: readonly Command[] = [
  initCommand,
  doctorCommand,
  usersListCommand,
  demoCommand,
  backupCreateCommand,
  backupVerifyCommand,
  backupApplyCommand,
  backupSplitCommand,
  backupRestoreCommand,
  backupUndoCommand,
  backupKeygenCommand,
  rekeyCommand,
  exportAnonymisedCommand,
];
