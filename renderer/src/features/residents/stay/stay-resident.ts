import type { ResidentFile } from '../../../../../shared/domain/resident';

/** What the stay dialogs need to know about a resident; a whole ResidentFile fits. */
export type StayResident = Pick<ResidentFile, 'id' | 'displayName' | 'code'> & Partial<Pick<ResidentFile, 'beds'>>;
