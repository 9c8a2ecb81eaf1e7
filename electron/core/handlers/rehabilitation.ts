import { requireSession } from '../state';
import { planVersions, reviewGoal, savePlan, viewPlan } from '../services/rehab-plans';
import { listConferences, saveConference } from '../services/rehab-conferences';
import { listSessions, saveGroupSession, saveSession } from '../services/counselling-sessions';
import { clearNoteDraft, readGroupNoteDraft, readNoteDraft, readNotes, saveNoteDraft } from '../services/counselling-notes';
import { acknowledgeRiskFlag, openRiskFlags } from '../services/counselling-risk';
import { missedTwice, myWeek, reviewsOverdue } from '../services/counselling-week';
import type { SomeHandlers } from './define';

export const rehabilitationHandlers = {
  'residents.plan.get': (i, s) => viewPlan(requireSession(s).db, i.residentId),
  'residents.plan.save': (i, s) => savePlan(requireSession(s), i),
  'residents.plan.versions': (i, s) => planVersions(requireSession(s).db, i.residentId),
  'residents.plan.reviewGoal': (i, s) => reviewGoal(requireSession(s), i),
  'residents.conferences.list': (i, s) => listConferences(requireSession(s).db, i.residentId),
  'residents.conferences.save': (i, s) => saveConference(requireSession(s), i),
  'residents.sessions.list': (i, s) => listSessions(requireSession(s), i.residentId),
  'residents.sessions.save': (i, s) => saveSession(requireSession(s), i),
  'residents.sessions.saveGroup': (i, s) => saveGroupSession(requireSession(s), i),
  'residents.sessions.notes': (i, s) => readNotes(requireSession(s), i),
  'residents.noteDrafts.get': (i, s) => readNoteDraft(requireSession(s), i),
  'residents.noteDrafts.save': (i, s) => saveNoteDraft(requireSession(s), i),
  'residents.noteDrafts.clear': (i, s) => clearNoteDraft(requireSession(s), i),
  'counselling.groupNoteDraft': (_i, s) => readGroupNoteDraft(requireSession(s)),
  'counselling.riskFlags.open': (_i, s) => openRiskFlags(requireSession(s).db),
  'residents.riskFlags.acknowledge': (i, s) => acknowledgeRiskFlag(requireSession(s), i),
  'counselling.reviewsOverdue': (_i, s) => reviewsOverdue(requireSession(s)),
  'counselling.missedTwice': (_i, s) => missedTwice(requireSession(s)),
  'counselling.myWeek': (_i, s) => myWeek(requireSession(s)),
} satisfies SomeHandlers;
