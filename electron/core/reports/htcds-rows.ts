import ExcelJS from 'exceljs';
import {
  HTCDS_EXPORT_COLUMNS,
  htcdsFlags,
  TO_HTCDS,
  type ExploitationType,
  type LabourSector,
  type MeansOfControl,
  type RecruiterRelationship,
  type RecruitmentMethod,
  type TraffickingStatus,
} from '../../../shared/enums/trafficking';
import type { Sex } from '../../../shared/enums/resident';
import { cell, csvLine } from './formats';
import { ctdcAgeBand, type CtdcAgeBand } from '../../../shared/enums/reports';

/**
 * One row per person: HTCDS field names and codes in the CTDC layout (its age bands, one flag
 * column per code). No names, contacts, exact dates, places below the country or free text
 * have a column here.
 */
const AGE_BROAD: Record<CtdcAgeBand, string> = {
  '0_8': '0--8',
  '9_17': '9--17',
  '18_20': '18--20',
  '21_23': '21--23',
  '24_26': '24--26',
  '27_29': '27--29',
  '30_38': '30--38',
  '39_47': '39--47',
  '48_plus': '48+',
};

/** Quasi-identifiers, most identifying first: the order suppression takes them in. */
export const QUASI_IDENTIFIERS = ['prs_Citizenship', 'hte_Exploitation_Country', 'yearOfRegistration', 'ageBroad', 'prs_Gender'] as const;

export type AnonymisedRow = Record<string, string>;

/** The trafficking profile's lists as stored; null when no profile was recorded. */
export interface ProfileValues {
  status: TraffickingStatus | null;
  exploitationTypes: ExploitationType[];
  labourSectors: LabourSector[];
  meansOfControl: MeansOfControl[];
  recruitmentMethods: RecruitmentMethod[];
  recruiterRelationships: RecruiterRelationship[];
  exploitationCountries: string[];
}

export interface RowSource {
  admittedOn: string;
  sex: Sex | null;
  age: number | null;
  nationalities: string[];
  profile: ProfileValues | null;
}

export function anonymisedRow(s: RowSource): AnonymisedRow {
  const band = ctdcAgeBand(s.age);
  const row: AnonymisedRow = {
    yearOfRegistration: s.admittedOn.slice(0, 4),
    Datasource: 'Case Management',
    prs_Gender: TO_HTCDS.sex.from[s.sex ?? 'not_recorded'] ?? '',
    ageBroad: band === 'unknown' ? '' : AGE_BROAD[band],
    majorityStatus: s.age === null ? '' : s.age >= 18 ? 'Adult' : 'Minor',
    // HTCDS allows several citizenships; CTDC's layout has one: the first recorded.
    prs_Citizenship: s.nationalities[0] ?? '',
    // One country per row, as in CTDC: the first one recorded.
    hte_Exploitation_Country: s.profile?.exploitationCountries[0] ?? '',
    vic_TraffickingStatus: (s.profile?.status && TO_HTCDS.status.from[s.profile.status]) ?? '',
  };
  const on = new Set(s.profile ? htcdsFlags(s.profile) : []);
  for (const c of HTCDS_EXPORT_COLUMNS) if (!(c in row)) row[c] = on.has(c) ? '1' : '0';
  return row;
}

/** RFC 4180, every field quoted, the declared column order. */
export function csvOf(rows: AnonymisedRow[]): Uint8Array {
  return Buffer.from(
    `${[csvLine(HTCDS_EXPORT_COLUMNS), ...rows.map((r) => csvLine(HTCDS_EXPORT_COLUMNS.map((c) => r[c] ?? '')))].join('\r\n')}\r\n`,
    'utf8',
  );
}

/** The same rows as one sheet, same column order; years and flags as numbers so they sum. */
export async function xlsxOf(rows: AnonymisedRow[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Amizero';
  const sheet = book.addWorksheet('HTCDS');
  sheet.addRow([...HTCDS_EXPORT_COLUMNS]).font = { bold: true };
  for (const r of rows) sheet.addRow(HTCDS_EXPORT_COLUMNS.map((c) => cell(r[c] ?? '')));
  return new Uint8Array(await book.xlsx.writeBuffer());
}
