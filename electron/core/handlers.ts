import type { ChannelName, ChannelOutput, ChannelParsedInput } from '../../shared/contract';
import { requireSession, type CoreState } from './state';
import { prepareSetup, completeSetup } from './services/setup';
import { changeOwnPassword, lock, recoverWithKey, signIn } from './services/auth';
import { createUser, disableUser, enableUser, listUsers, resetPassword, updateUser } from './services/users';
import { readSettings, updateSettings } from './services/settings';
import { listAudit, verifyAuditLog } from './services/audit';
import { discardDraft, getDraft, saveDraft } from './services/drafts';
import {
  createBackupForSession,
  previewBackupForNewVault,
  previewBackupForSession,
  restoreBackupForNewVault,
  restoreBackupForSession,
  undoRestoreForSession,
  verifyBackupForSession,
} from './backup/service';
import { admitResident, updateResident, viewResident } from './services/residents';
import { possibleDuplicates, searchResidents } from './services/residents-search';
import { placesUnder } from './services/residents-location';
import { assignBed, bedBoard, createRoom } from './services/residents-beds';
import { dischargeResident, readmitResident, stayLimitList } from './services/residents-stays';

export type Handler<C extends ChannelName> = (
  input: ChannelParsedInput<C>,
  state: CoreState,
) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
export type Handlers = { [C in ChannelName]: Handler<C> };

/**
 * Channel → service. The type makes a missing handler a compile error; the contract
 * test checks the same at run time. Access checks happen before any handler runs.
 */
export const handlers: Handlers = {
  'app.status': (_i, s) => ({
    vault: s.vault.exists() ? 'ready' : 'none',
    signedIn: s.session !== null,
    user: s.session?.user ?? null,
    version: s.version,
  }),

  'setup.prepare': (_i, s) => prepareSetup(s),
  'setup.complete': (i, s) => completeSetup(s, i),

  'auth.signIn': (i, s) => signIn(s, i.username, i.password),
  'auth.lock': async (i, s) => (await lock(s, i.reason), {}),
  'auth.recover': (i, s) => recoverWithKey(s, i.recoveryKey, i.username, i.newPassword),
  'auth.changePassword': (i, s) => changeOwnPassword(s, i.currentPassword, i.newPassword),

  'users.list': (_i, s) => listUsers(requireSession(s)),
  'users.create': (i, s) => createUser(s, requireSession(s), i),
  'users.update': (i, s) => updateUser(requireSession(s), i),
  'users.disable': (i, s) => disableUser(s, requireSession(s), i.id),
  'users.enable': (i, s) => enableUser(s, requireSession(s), i.id, i.password),
  'users.resetPassword': (i, s) => resetPassword(s, requireSession(s), i.id, i.password),

  'settings.get': (_i, s) => readSettings(requireSession(s).db),
  'settings.update': (i, s) => updateSettings(requireSession(s), i),

  'audit.list': (i, s) => listAudit(requireSession(s), i.limit, i.beforeSeq),
  'audit.verify': (_i, s) => verifyAuditLog(requireSession(s)),

  'drafts.save': (i, s) => saveDraft(requireSession(s), i.formKey, i.data),
  'drafts.get': (i, s) => getDraft(requireSession(s), i.formKey),
  'drafts.discard': (i, s) => discardDraft(requireSession(s), i.formKey),

  'backup.create': (i, s) => createBackupForSession(s, i),
  'backup.verify': (i, s) => verifyBackupForSession(s, i),
  'backup.preview': (i, s) => previewBackupForSession(s, i),
  'backup.restore': (i, s) => restoreBackupForSession(s, i),
  'backup.undoRestore': (_i, s) => undoRestoreForSession(s),
  'backup.previewNew': (i, s) => previewBackupForNewVault(s, i),
  'backup.restoreNew': (i, s) => restoreBackupForNewVault(s, i),

  'residents.admit': (i, s) => admitResident(requireSession(s), i),
  'residents.get': (i, s) => viewResident(requireSession(s), i.id),
  'residents.update': (i, s) => updateResident(requireSession(s), i),
  'residents.search': (i, s) => searchResidents(requireSession(s).db, i),
  'residents.possibleDuplicates': (i, s) => possibleDuplicates(requireSession(s).db, i),
  'residents.places': (i) => placesUnder(i),
  'residents.createRoom': (i, s) => createRoom(requireSession(s), i),
  'residents.bedBoard': (_i, s) => bedBoard(requireSession(s).db),
  'residents.assignBed': (i, s) => assignBed(requireSession(s), i),
  'residents.discharge': (i, s) => dischargeResident(requireSession(s), i),
  'residents.readmit': (i, s) => readmitResident(requireSession(s), i),
  'residents.stayLimit': (_i, s) => stayLimitList(requireSession(s).db),
};
