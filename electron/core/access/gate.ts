import { contract, type ChannelName } from '../../../shared/contract';
import { allows } from '../../../shared/access/table';
import { AppError } from '../../../shared/errors';
import type { CoreState } from '../state';
import { accessRepo } from '../repositories/access';
import { relationTo, residentAccessMode } from './relation';
import { caseClosedError, isCaseClosed } from '../services/reintegration-closure';

/**
 * Core's one need-to-know check, run by the gate in core.ts after the role check and input
 * schema, before any handler: the channel's contract entry says which input field names a
 * resident (directly or through one of her records) and which category it reads or changes;
 * ACCESS_TABLE says whether this role, in this relation to her, may.
 *
 * A counsellor or social worker gets the same refusal for a resident not hers and for one
 * that does not exist (or a record id that leads nowhere), so the refusal tells her nothing
 * search did not already show.
 */
export async function checkResidentAccess(state: CoreState, channel: ChannelName, input: unknown): Promise<void> {
  const subject = contract[channel].resident;
  if (!subject || typeof subject === 'string') return;
  const session = state.session;
  if (!session) throw new AppError('NOT_SIGNED_IN', 'vault is locked');
  const raw = (input as Record<string, unknown>)[subject.field];
  if (typeof raw !== 'string') throw new AppError('VALIDATION', `${subject.field} is required`);
  const residentId = subject.via === 'resident' ? raw : await accessRepo.residentOf(session.db, subject.via, raw);
  const relation = residentId ? await relationTo(session, residentId) : null;
  const role = session.user.role;
  if (relation && allows(role, relation, subject.category, subject.action)) {
    // The closure guard: a closed case is read-only for everyone but a manager, on every channel that changes her file.
    if (subject.action === 'change' && role !== 'manager' && (await isCaseClosed(session.db, residentId!))) throw caseClosedError();
    return;
  }

  const everyFileOpen = role === 'manager' || (await residentAccessMode(session.db)) === 'all';
  if (relation === null && everyFileOpen) throw new AppError('NOT_FOUND', 'no such resident or record');
  if (relation === null || relation === 'not_assigned') {
    throw new AppError('RESIDENT_NOT_ASSIGNED', 'this resident is not assigned to you, or does not exist');
  }
  throw new AppError('PERMISSION_DENIED', `${role} may not ${subject.action} ${subject.category} here`);
}
