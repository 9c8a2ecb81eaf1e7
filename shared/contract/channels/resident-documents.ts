import { z } from 'zod';
import { about, channel } from '../define';
import { MANAGER_ONLY, type Role } from '../../roles';
import {
  documentAttachSchema,
  documentContentSchema,
  documentExportResultSchema,
  documentExportSchema,
  documentRemoveSchema,
  documentSummarySchema,
  documentUpdateSchema,
} from '../../domain/resident-documents';
import { referralOutCreateSchema, referralOutSchema, referralOutUpdateSchema } from '../../domain/resident-referrals-out';

/**
 * Documents (ID papers, medical and legal records, consent forms) and referrals out reveal
 * more than identity and profile, so they stay with the roles that hold the case:
 * manager and social worker. The counsellor reads identity and profile only (counselling
 * is theirs; health and court papers are not needed for it), and the reporting role sees
 * no file at all. Widening this later is one line; narrowing after a leak is not possible.
 */
export const DOCUMENT_ROLES: readonly Role[] = ['manager', 'social_worker'];

const byResident = z.object({ residentId: z.string().min(1).max(64) }).strict();

export const residentDocumentChannels = {
  /** The resident's documents, newest first, without their bytes. */
  'residents.documents.list': channel({
    resident: about('documents', 'read'),
    input: byResident,
    output: z.array(documentSummarySchema),
    access: DOCUMENT_ROLES,
  }),
  /** Type and size are checked on the decoded bytes; the bytes go into the encrypted database only. */
  'residents.documents.attach': channel({
    resident: about('documents', 'change'),
    input: documentAttachSchema,
    output: documentSummarySchema,
    access: DOCUMENT_ROLES,
  }),
  /** The bytes for the in-app viewer; every call is audited as a view. */
  'residents.documents.get': channel({
    resident: about('documents', 'read', 'id', 'document'),
    input: z.object({ id: z.string().min(1).max(64) }).strict(),
    output: documentContentSchema,
    access: DOCUMENT_ROLES,
  }),
  /** Writes one document to a path the user chose in the save dialog; audited. */
  'residents.documents.export': channel({
    resident: about('documents', 'read', 'id', 'document'),
    input: documentExportSchema,
    output: documentExportResultSchema,
    access: DOCUMENT_ROLES,
  }),
  /** Title and kind corrected; audited with the names of the fields changed, never their values. */
  'residents.documents.update': channel({
    resident: about('documents', 'change', 'id', 'document'),
    input: documentUpdateSchema,
    output: documentSummarySchema,
    access: DOCUMENT_ROLES,
  }),
  /** Manager only: the bytes are deleted (overwritten, secure_delete), the entry and audit remain. */
  'residents.documents.remove': channel({
    resident: about('documents', 'change', 'id', 'document'),
    input: documentRemoveSchema,
    output: z.object({}),
    access: MANAGER_ONLY,
  }),

  'residents.referralsOut.list': channel({
    resident: about('referrals', 'read'),
    input: byResident,
    output: z.array(referralOutSchema),
    access: DOCUMENT_ROLES,
  }),
  'residents.referralsOut.create': channel({
    resident: about('referrals', 'change'),
    input: referralOutCreateSchema,
    output: referralOutSchema,
    access: DOCUMENT_ROLES,
  }),
  /** A status change adds a line to the referral's history; earlier lines are never rewritten. */
  'residents.referralsOut.update': channel({
    resident: about('referrals', 'change', 'id', 'referral_out'),
    input: referralOutUpdateSchema,
    output: referralOutSchema,
    access: DOCUMENT_ROLES,
  }),
};
