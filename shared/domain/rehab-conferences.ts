import { z } from 'zod';
import { CONFERENCE_ATTENDEE_KINDS } from '../enums/rehabilitation';
import { requiredText } from './text-fields';
import { isoDateSchema } from './resident';

const id = z.string().min(1).max(64);

/** Staff and partners by id (directory); the resident and family by a short description. */
export const conferenceAttendeeSchema = z
  .object({ kind: z.enum(CONFERENCE_ATTENDEE_KINDS), refId: id.nullable().default(null), name: z.string().trim().max(200).default('') })
  .strict();

export const conferenceActionSchema = z
  .object({ description: requiredText(1000), ownerId: id.nullable(), dueOn: isoDateSchema.nullable(), done: z.boolean().default(false) })
  .strict();

export const conferenceSaveSchema = z
  .object({
    residentId: id,
    heldOn: isoDateSchema,
    attendees: z.array(conferenceAttendeeSchema).min(1).max(40),
    decisions: requiredText(5000),
    actions: z.array(conferenceActionSchema).max(40).default([]),
    nextReviewOn: isoDateSchema.nullable().default(null),
  })
  .strict();
export type ConferenceSave = z.output<typeof conferenceSaveSchema>;

export const conferenceViewSchema = z.object({
  id: z.string(),
  heldOn: z.string(),
  attendees: z.array(z.object({ kind: z.enum(CONFERENCE_ATTENDEE_KINDS), refId: z.string().nullable(), name: z.string() })),
  decisions: z.string(),
  actions: z.array(
    z.object({
      description: z.string(),
      ownerId: z.string().nullable(),
      ownerName: z.string().nullable(),
      dueOn: z.string().nullable(),
      done: z.boolean(),
    }),
  ),
  nextReviewOn: z.string().nullable(),
  createdByName: z.string().nullable(),
});
export type ConferenceView = z.infer<typeof conferenceViewSchema>;
