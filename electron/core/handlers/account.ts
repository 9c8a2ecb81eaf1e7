import { requireSession } from '../state';
import { prepareSetup, completeSetup } from '../services/setup';
import { changeOwnPassword, lock, recoverWithKey, signIn } from '../services/auth';
import { createUser, disableUser, enableUser, listUsers, resetPassword, updateUser } from '../services/users';
import { readSettings, updateSettings } from '../services/settings';
import { listAudit, verifyAuditLog } from '../services/audit';
import { discardDraft, getDraft, saveDraft } from '../services/drafts';
import type { SomeHandlers } from './define';

/** The vault, the session, staff accounts, settings, the audit log and drafts. */
export const accountHandlers = {
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
  'users.update': (i, s) => updateUser(s, requireSession(s), i),
  'users.disable': (i, s) => disableUser(s, requireSession(s), i.id),
  'users.enable': (i, s) => enableUser(s, requireSession(s), i.id, i.password),
  'users.resetPassword': (i, s) => resetPassword(s, requireSession(s), i.id, i.password),

  'settings.get': (_i, s) => readSettings(requireSession(s).db),
  'settings.update': (i, s) => updateSettings(requireSession(s), i),

  'audit.list': (i, s) => listAudit(requireSession(s), i.limit, i.beforeSeq),
  'audit.verify': (_i, s) => verifyAuditLog(s),

  'drafts.save': (i, s) => saveDraft(requireSession(s), i.formKey, i.data),
  'drafts.get': (i, s) => getDraft(requireSession(s), i.formKey),
  'drafts.discard': (i, s) => discardDraft(requireSession(s), i.formKey),
} satisfies SomeHandlers;
