import { z } from 'zod';
import { about, channel } from '../define';
import { rolesFor } from '../../access/table';
import { MANAGER_ONLY, type Role } from '../../roles';
import { goalReviewAddSchema, planSaveSchema, planVersionSchema, planViewSchema } from '../../domain/rehab-plan';
import {
  groupNoteDraftSchema,
  groupSessionSaveSchema,
  missedTwiceSchema,
  myWeekSchema,
  noteDraftKeySchema,
  noteDraftSaveSchema,
  noteDraftSchema,
  reviewDueSchema,
  riskFlagAckSchema,
  riskFlagViewSchema,
  sessionNotesQuerySchema,
  sessionNotesSchema,
  sessionSaveSchema,
  sessionViewSchema,
} from '../../domain/rehab-sessions';
import { conferenceSaveSchema, conferenceViewSchema } from '../../domain/rehab-conferences';

const byResident = z.object({ residentId: z.string().min(1).max(64) }).strict();
const nothing = z.object({}).strict();

/** Who calls each channel follows ACCESS_TABLE (shared/access/table.ts); the gate adds her relation to the resident. */
const PLAN_READERS = rolesFor('rehabilitation', 'read');
const PLAN_WRITERS = rolesFor('rehabilitation', 'change');
const SESSION_READERS = rolesFor('sessions', 'read');
const COUNSELLING_READERS = rolesFor('counselling', 'read');
const COUNSELLING_WRITERS = rolesFor('counselling', 'change');
/** Home cards of residents followed: the staff who hold files. */
const FOLLOWERS: readonly Role[] = ['manager', 'counsellor', 'social_worker'];

/**
 * Rehabilitation plans, counselling sessions, sealed notes and case conferences (issue 11).
 */
export const rehabilitationChannels = {
  'residents.plan.get': channel({
    resident: about('rehabilitation', 'read'),
    input: byResident,
    output: planViewSchema,
    access: PLAN_READERS,
  }),
  /** The whole plan; a social worker's change outside her goal domains is refused by field. */
  'residents.plan.save': channel({
    resident: about('rehabilitation', 'change'),
    input: planSaveSchema,
    output: planViewSchema,
    access: PLAN_WRITERS,
  }),
  'residents.plan.versions': channel({
    resident: about('rehabilitation', 'read'),
    input: byResident,
    output: z.array(planVersionSchema),
    access: PLAN_READERS,
  }),
  'residents.plan.reviewGoal': channel({
    resident: about('rehabilitation', 'change'),
    input: goalReviewAddSchema,
    output: planViewSchema,
    access: PLAN_WRITERS,
  }),
  'residents.conferences.list': channel({
    resident: about('rehabilitation', 'read'),
    input: byResident,
    output: z.array(conferenceViewSchema),
    access: PLAN_READERS,
  }),
  'residents.conferences.save': channel({
    resident: about('rehabilitation', 'change'),
    input: conferenceSaveSchema,
    output: z.array(conferenceViewSchema),
    access: PLAN_WRITERS,
  }),
  /** Names for the conference form's staff, partner and owner pickers: whoever writes conferences (the access table). */
  /** Her sessions, newest first; the clinical part only for roles that may read counselling. */
  'residents.sessions.list': channel({
    resident: about('sessions', 'read'),
    input: byResident,
    output: z.array(sessionViewSchema),
    access: SESSION_READERS,
  }),
  'residents.sessions.save': channel({
    resident: about('counselling', 'change'),
    input: sessionSaveSchema,
    output: z.array(sessionViewSchema),
    access: COUNSELLING_WRITERS,
  }),
  /** Names several residents: the service checks each as the gate would. */
  'residents.sessions.saveGroup': channel({
    resident: 'list',
    input: groupSessionSaveSchema,
    output: z.object({ id: z.string() }),
    access: COUNSELLING_WRITERS,
  }),
  /** Opens the sealed notes; audited. */
  'residents.sessions.notes': channel({
    resident: about('counselling', 'read'),
    input: sessionNotesQuerySchema,
    output: sessionNotesSchema,
    access: COUNSELLING_READERS,
  }),
  'residents.noteDrafts.get': channel({
    resident: about('counselling', 'change'),
    input: noteDraftKeySchema,
    output: noteDraftSchema,
    access: COUNSELLING_WRITERS,
  }),
  'residents.noteDrafts.save': channel({
    resident: about('counselling', 'change'),
    input: noteDraftSaveSchema,
    output: z.object({ savedAt: z.string() }),
    access: COUNSELLING_WRITERS,
  }),
  'residents.noteDrafts.clear': channel({
    resident: about('counselling', 'change'),
    input: noteDraftKeySchema,
    output: nothing,
    access: COUNSELLING_WRITERS,
  }),
  /** Her new group session's sealed draft; the service checks she may still counsel the resident it is kept under. */
  'counselling.groupNoteDraft': channel({ input: nothing, output: groupNoteDraftSchema, access: COUNSELLING_WRITERS }),
  /** The manager's Home: risk flags not yet acknowledged. */
  'counselling.riskFlags.open': channel({ input: nothing, output: z.array(riskFlagViewSchema), access: MANAGER_ONLY }),
  'residents.riskFlags.acknowledge': channel({
    resident: about('care', 'change'),
    input: riskFlagAckSchema,
    output: z.array(riskFlagViewSchema),
    access: MANAGER_ONLY,
  }),
  'counselling.reviewsOverdue': channel({ input: nothing, output: z.array(reviewDueSchema), access: FOLLOWERS }),
  'counselling.missedTwice': channel({ input: nothing, output: z.array(missedTwiceSchema), access: FOLLOWERS }),
  /** A counsellor's own week (a manager who counsels too sees hers). */
  'counselling.myWeek': channel({ input: nothing, output: myWeekSchema, access: ['manager', 'counsellor'] }),
};
