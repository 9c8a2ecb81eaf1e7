import { z } from 'zod';

/**
 * "Who may open a resident's file", a manager's setting. `assigned`: a counsellor or social
 * worker opens only the residents assigned to her (new vaults). `all`: every counsellor and
 * social worker opens every file (vaults made before this setting existed keep it until a
 * manager changes it). Labels: i18n `access.mode.<id>`.
 */
export const RESIDENT_ACCESS_MODES = ['assigned', 'all'] as const;
export type ResidentAccessMode = (typeof RESIDENT_ACCESS_MODES)[number];
export const residentAccessModeSchema = z.enum(RESIDENT_ACCESS_MODES);
