import { z } from 'zod';
import { about, channel } from '../define';
import { MANAGER_ONLY, type Role } from '../../roles';
import {
  admissionSchema,
  duplicateProbeSchema,
  possibleDuplicateSchema,
  referralInSaveSchema,
  residentFileSchema,
  residentSearchResultSchema,
  residentSearchSchema,
  residentUpdateSchema,
} from '../../domain/resident';
import { dischargeSchema, readmissionSchema, stayLimitEntrySchema } from '../../domain/resident-stays';
import { bedAssignSchema, bedBoardSchema, bedHistoryEntrySchema, roomCreateSchema, roomEditSchema } from '../../domain/resident-beds';

/** Manager and social worker admit and edit; the counsellor reads; the reporting role sees no file. */
export const RESIDENT_EDITORS: readonly Role[] = ['manager', 'social_worker'];
export const RESIDENT_READERS: readonly Role[] = ['manager', 'social_worker', 'counsellor'];

const placeLevel = z.string().trim().min(1).max(60).optional();

export const residentChannels = {
  /** Creates the resident, first stay and referral in; returns the new file. */
  'residents.admit': channel({ resident: 'none', input: admissionSchema, output: residentFileSchema, access: RESIDENT_EDITORS }),
  /** Opens a file; every call is written to the audit log as a view. */
  'residents.get': channel({
    resident: about('identity', 'read', 'id'),
    input: z.object({ id: z.string().min(1).max(64) }),
    output: residentFileSchema,
    access: RESIDENT_READERS,
  }),
  'residents.update': channel({
    resident: about('identity', 'change', 'id'),
    input: residentUpdateSchema,
    output: residentFileSchema,
    access: RESIDENT_EDITORS,
  }),
  /** Referral in for one stay, added or corrected after admission; the audit log names the fields. */
  'residents.referralIn.save': channel({
    resident: about('stay', 'change'),
    input: referralInSaveSchema,
    output: residentFileSchema,
    access: RESIDENT_EDITORS,
  }),
  /** The residents list: paging, sort, and search by name, alias, code, phone or ID number. */
  'residents.search': channel({
    resident: 'list',
    input: residentSearchSchema,
    output: residentSearchResultSchema,
    access: RESIDENT_READERS,
  }),
  /** Asked by the admission wizard before saving; the user may open a match or continue. */
  'residents.possibleDuplicates': channel({
    resident: 'list',
    input: duplicateProbeSchema,
    output: z.array(possibleDuplicateSchema),
    access: RESIDENT_EDITORS,
  }),
  /** Names one level below a Rwandan administrative path (provinces for an empty one), for the origin pickers. */
  'residents.places': channel({
    resident: 'none',
    input: z.object({ province: placeLevel, district: placeLevel, sector: placeLevel, cell: placeLevel }),
    output: z.array(z.string()),
    access: RESIDENT_EDITORS,
  }),
  /** A manager defines the rooms and their beds. */
  'residents.createRoom': channel({ resident: 'none', input: roomCreateSchema, output: bedBoardSchema.element, access: MANAGER_ONLY }),
  /** Rename a room, add beds, retire free ones (a bed with a resident tonight is refused by name). */
  'residents.editRoom': channel({ resident: 'none', input: roomEditSchema, output: bedBoardSchema.element, access: MANAGER_ONLY }),
  /** Every room and bed with today's occupant. */
  'residents.bedBoard': channel({ resident: 'list', input: z.object({}).strict(), output: bedBoardSchema, access: RESIDENT_READERS }),
  /** Assigns or moves a resident's bed from a date; returns the resident's bed history. */
  'residents.assignBed': channel({
    resident: about('stay', 'change'),
    input: bedAssignSchema,
    output: z.array(bedHistoryEntrySchema),
    access: RESIDENT_EDITORS,
  }),
  /** Closes the open stay (and its bed); readmission later keeps the history. */
  'residents.discharge': channel({
    resident: about('stay', 'change'),
    input: dischargeSchema,
    output: residentFileSchema,
    access: RESIDENT_EDITORS,
  }),
  'residents.readmit': channel({
    resident: about('stay', 'change'),
    input: readmissionSchema,
    output: residentFileSchema,
    access: RESIDENT_EDITORS,
  }),
  /** The dashboard card: stays near or past the limit set in Settings. */
  'residents.stayLimit': channel({
    resident: 'list',
    input: z.object({}).strict(),
    output: z.array(stayLimitEntrySchema),
    access: RESIDENT_READERS,
  }),
};
