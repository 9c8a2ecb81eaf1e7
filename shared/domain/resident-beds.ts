import { z } from 'zod';
import { pastDateSchema } from './resident';
import { requiredText } from './text-fields';

/** Validation messages (i18n keys under `residentValidation.`). */
export const BED_VALIDATION = {
  unknown: 'bed.unknown',
  occupied: 'bed.occupied',
  beforeAdmission: 'bed.beforeAdmission',
  roomTaken: 'room.taken',
  duplicateBed: 'room.duplicateBed',
  removeOccupied: 'bed.removeOccupied',
  lastBed: 'room.lastBed',
} as const;

const label = requiredText(40);

export const roomCreateSchema = z.object({
  name: requiredText(60),
  beds: z
    .array(label)
    .min(1)
    .max(60)
    .refine((beds) => new Set(beds.map((b) => b.toLowerCase())).size === beds.length, { message: BED_VALIDATION.duplicateBed }),
});
export type RoomCreate = z.output<typeof roomCreateSchema>;

/** Renames a room and adds or removes beds in one change; a removed bed is retired, its history kept. */
export const roomEditSchema = z.object({
  roomId: z.string().min(1).max(64),
  name: requiredText(60),
  addBeds: z
    .array(label)
    .max(60)
    .refine((beds) => new Set(beds.map((b) => b.toLowerCase())).size === beds.length, { message: BED_VALIDATION.duplicateBed }),
  removeBedIds: z.array(z.string().min(1).max(64)).max(60),
});
export type RoomEdit = z.output<typeof roomEditSchema>;

/** Moves the resident's open stay to a bed from a date (closing the bed they had, if any). */
export const bedAssignSchema = z.object({
  residentId: z.string().min(1).max(64),
  bedId: z.string().min(1).max(64),
  from: pastDateSchema,
});
export type BedAssign = z.output<typeof bedAssignSchema>;

export const occupantSchema = z.object({
  residentId: z.string(),
  code: z.string(),
  displayName: z.string(),
  since: z.string(),
  /** Not hers: displayName is her first name only. */
  restricted: z.boolean().optional(),
});

/** The bed board: every room, its beds, and who sleeps in each today. */
export const bedBoardSchema = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    beds: z.array(z.object({ id: z.string(), label: z.string(), occupant: occupantSchema.nullable() })),
  }),
);
export type BedBoard = z.infer<typeof bedBoardSchema>;

export { bedHistoryEntrySchema, type BedHistoryEntry } from './resident';
