import { requireSession } from '../state';
import { saveProfile, viewProfile } from '../services/residents-profile';
import { recordConsent, viewConsents, withdrawConsent } from '../services/residents-consent';
import { assignableStaff, readCare, updateCare } from '../services/residents-care';
import { residentHistory } from '../services/residents-history';
import type { SomeHandlers } from './define';

export const residentCareHandlers = {
  'residents.profile.get': (i, s) => viewProfile(requireSession(s), i.residentId),
  'residents.profile.save': (i, s) => saveProfile(requireSession(s), i),
  'residents.consents.list': (i, s) => viewConsents(requireSession(s), i.residentId),
  'residents.consents.record': (i, s) => recordConsent(requireSession(s), i),
  'residents.consents.withdraw': (i, s) => withdrawConsent(requireSession(s), i),
  'residents.care.get': (i, s) => readCare(requireSession(s).db, i.residentId),
  'residents.care.update': (i, s) => updateCare(requireSession(s), i),
  'residents.assignableStaff': (_i, s) => assignableStaff(requireSession(s).db),
  'residents.history': (i, s) => residentHistory(requireSession(s).db, i),
} satisfies SomeHandlers;
