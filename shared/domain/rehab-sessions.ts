import { z } from 'zod';
import { ATTENDANCES, RISK_FLAGS, SESSION_TOPICS, SESSION_TYPES } from '../enums/rehabilitation';
import { NOTE_DRAFT_MAX, NOTES_MAX, REHAB_VALIDATION } from '../rehabilitation/validation';
import { isWho5Item } from '../rehabilitation/who5';
import { isoDateSchema } from './resident';

const id = z.string().min(1).max(64);
/** A UTC instant; the form converts from the shelter's time zone. */
const instant = z.iso.datetime({ offset: false });

/** Its own named refusal (not the generic number range), shown next to the item. */
const who5Item = z.number().refine(isWho5Item, { message: REHAB_VALIDATION.who5Item });
export const who5ItemsSchema = z.tuple([who5Item, who5Item, who5Item, who5Item, who5Item]);

/** What is recorded for one resident at a session: attendance, and the clinical part (counsellor and manager only). */
export const participantInputSchema = z
  .object({
    residentId: id,
    attendance: z.enum(ATTENDANCES),
    who5: who5ItemsSchema.nullable().default(null),
    distress: z.number().int().min(0).max(10).nullable().default(null),
    riskFlags: z.array(z.enum(RISK_FLAGS)).max(RISK_FLAGS.length).default([]),
    goalIds: z.array(id).max(60).default([]),
  })
  .strict();
export type ParticipantInput = z.output<typeof participantInputSchema>;

const notes = z.string().refine((s) => s.length <= NOTES_MAX, { message: REHAB_VALIDATION.notesTooLong });

const sessionFields = {
  /** Absent: a new session. */
  id: id.optional(),
  startsAt: instant,
  durationMinutes: z.number().int().min(5).max(480),
  counsellorId: id,
  topics: z.array(z.enum(SESSION_TOPICS)).max(SESSION_TOPICS.length).default([]),
  topicsOther: z.string().trim().max(500).default(''),
  nextSessionOn: isoDateSchema.nullable().default(null),
  /** Sealed under the counselling-notes key; null leaves notes as they are, '' removes them. */
  notes: notes.nullable().default(null),
};

/** An individual or family session of one resident. */
export const sessionSaveSchema = z
  .object({
    residentId: id,
    type: z.enum(['individual', 'family']),
    ...sessionFields,
    participant: participantInputSchema.omit({ residentId: true }),
  })
  .strict();
export type SessionSave = z.output<typeof sessionSaveSchema>;

/** A group session: one record, attendance and WHO-5 per resident, notes per group. */
export const groupSessionSaveSchema = z
  .object({ ...sessionFields, title: z.string().trim().min(1).max(200), participants: z.array(participantInputSchema).min(2).max(40) })
  .strict()
  .refine((g) => new Set(g.participants.map((p) => p.residentId)).size === g.participants.length, {
    path: ['participants'],
    message: 'rehab.duplicateParticipant',
  });
export type GroupSessionSave = z.output<typeof groupSessionSaveSchema>;

/**
 * One session as a resident's file shows it. The clinical part (`clinical`) is null for a
 * role that may only see that the session happened; notes are fetched on their own.
 */
export const sessionViewSchema = z.object({
  id: z.string(),
  type: z.enum(SESSION_TYPES),
  title: z.string().nullable(),
  startsAt: z.string(),
  durationMinutes: z.number().int(),
  counsellorId: z.string(),
  counsellorName: z.string().nullable(),
  attendance: z.enum(ATTENDANCES),
  nextSessionOn: z.string().nullable(),
  participantCount: z.number().int(),
  hasNotes: z.boolean(),
  clinical: z
    .object({
      topics: z.array(z.enum(SESSION_TOPICS)),
      topicsOther: z.string(),
      who5: who5ItemsSchema.nullable(),
      who5Score: z.number().int().nullable(),
      distress: z.number().int().nullable(),
      riskFlags: z.array(z.enum(RISK_FLAGS)),
      goalIds: z.array(z.string()),
    })
    .nullable(),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

export const sessionNotesQuerySchema = z.object({ residentId: id, sessionId: id }).strict();
export const sessionNotesSchema = z.object({ sessionId: z.string(), notes: z.string() });

/**
 * A sealed draft of notes being typed: per user, resident and session (`new` before the first
 * save). A new group session's notes are `group`, one per author, kept under the first
 * resident chosen (the row needs one; choosing another moves it).
 */
export const NEW_SESSION_DRAFT = 'new';
export const GROUP_SESSION_DRAFT = 'group';
export const noteDraftKeySchema = z
  .object({ residentId: id, sessionId: z.union([id, z.literal(NEW_SESSION_DRAFT), z.literal(GROUP_SESSION_DRAFT)]) })
  .strict();
export const noteDraftSaveSchema = noteDraftKeySchema.extend({ notes: z.string().max(NOTE_DRAFT_MAX) }).strict();
export const noteDraftSchema = z.object({ notes: z.string(), savedAt: z.string() }).nullable();
/** Her new group session's draft, wherever she opens the form (the resident it is kept under included). */
export const groupNoteDraftSchema = z.object({ residentId: z.string(), notes: z.string(), savedAt: z.string() }).nullable();

export const riskFlagViewSchema = z.object({
  id: z.string(),
  residentId: z.string(),
  residentCode: z.string(),
  residentName: z.string(),
  flag: z.enum(RISK_FLAGS),
  raisedAt: z.string(),
  raisedByName: z.string().nullable(),
});
export type RiskFlagView = z.infer<typeof riskFlagViewSchema>;
export const riskFlagAckSchema = z.object({ residentId: id, flagId: id }).strict();

/** A resident on the Home cards and My week: enough to open her file. */
const residentRef = { residentId: z.string(), residentCode: z.string(), residentName: z.string() };

export const reviewDueSchema = z.object({ ...residentRef, nextReviewOn: z.string() });
export const missedTwiceSchema = z.object({ ...residentRef, lastMissedAt: z.string() });
export const myWeekSchema = z.object({
  upcoming: z.array(z.object({ ...residentRef, sessionId: z.string(), startsAt: z.string(), type: z.enum(SESSION_TYPES) })),
  missed: z.array(z.object({ ...residentRef, sessionId: z.string(), startsAt: z.string() })),
  reviewsDue: z.array(reviewDueSchema),
});
export type MyWeek = z.infer<typeof myWeekSchema>;
