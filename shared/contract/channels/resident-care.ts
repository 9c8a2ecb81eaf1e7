import { z } from 'zod';
import { about, channel } from '../define';
import { RESIDENT_EDITORS, RESIDENT_READERS } from './residents';
import { profileSaveSchema, profileViewSchema } from '../../domain/resident-profile';
import { consentRecordResultSchema, consentRecordSchema, consentViewSchema, consentWithdrawSchema } from '../../domain/resident-consent';
import { assignableStaffSchema, careUpdateSchema, careViewSchema, historyPageSchema, historyQuerySchema } from '../../domain/resident-care';

const byResident = z.object({ residentId: z.string().min(1).max(64) });

/**
 * A resident's trafficking profile, consents, assigned staff and risk, and History.
 * Editors (manager, social worker) change them; readers (the counsellor too) read the
 * profile, assigned staff and History; the reporting role sees none of it.
 */
export const residentCareChannels = {
  /** The profile tab; each call is written to the audit log as a view of the file. */
  'residents.profile.get': channel({
    resident: about('trafficking_profile', 'read'),
    input: byResident,
    output: profileViewSchema,
    access: RESIDENT_READERS,
  }),
  /** Replaces the whole profile; the audit log names the fields that changed. */
  'residents.profile.save': channel({
    resident: about('trafficking_profile', 'change'),
    input: profileSaveSchema,
    output: profileViewSchema,
    access: RESIDENT_EDITORS,
  }),
  /**
   * Every consent ever given, newest first, withdrawn ones included; each call is a view.
   * Not for counsellors: the issue gives them identity and profile only, and consents carry
   * guardians', witnesses' and partners' names.
   */
  'residents.consents.list': channel({
    resident: about('consents', 'read'),
    input: byResident,
    output: z.array(consentViewSchema),
    access: RESIDENT_EDITORS,
  }),
  /** Refused for a resident under 16 consenting herself; 16–17 or unknown age comes back as a warning. */
  'residents.consents.record': channel({
    resident: about('consents', 'change'),
    input: consentRecordSchema,
    output: consentRecordResultSchema,
    access: RESIDENT_EDITORS,
  }),
  'residents.consents.withdraw': channel({
    resident: about('consents', 'change', 'consentId', 'consent'),
    input: consentWithdrawSchema,
    output: consentViewSchema,
    access: RESIDENT_EDITORS,
  }),
  /** Responsible social worker and counsellor, and the risk level. */
  'residents.care.get': channel({ resident: about('care', 'read'), input: byResident, output: careViewSchema, access: RESIDENT_READERS }),
  'residents.care.update': channel({
    resident: about('care', 'change'),
    input: careUpdateSchema,
    output: careViewSchema,
    access: RESIDENT_EDITORS,
  }),
  /** Active social workers and counsellors, for the assignment pickers (users.list is manager-only). */
  'residents.assignableStaff': channel({
    resident: 'none',
    input: z.object({}).strict(),
    output: z.array(assignableStaffSchema),
    access: RESIDENT_EDITORS,
  }),
  /** The History tab: who viewed or changed what part of the file, newest first, never the values. */
  'residents.history': channel({
    resident: about('history', 'read'),
    input: historyQuerySchema,
    output: historyPageSchema,
    access: RESIDENT_READERS,
  }),
};
